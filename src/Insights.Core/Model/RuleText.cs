using System.Globalization;

namespace Insights.Core.Model;

/// <summary>
/// A fixed sentence of a cross-field rule that may name fields: text with <see cref="ModelPath"/>s in it, so that
/// the model names fields in model terms (<see cref="ToString"/>: "Case.Intake.Abuse.HighRiskBasis is given but
/// …") and the serialization namespace names them as the data format does. It never holds a value of a record.
/// </summary>
public sealed class RuleText
{
    private readonly string _format;
    private readonly ModelPath[] _paths;

    private RuleText(string format, ModelPath[] paths)
    {
        _format = format;
        _paths = paths;
    }

    /// <summary>Gets the paths the sentence names, in the order it names them.</summary>
    public IReadOnlyList<ModelPath> Paths => _paths;

    /// <summary>Returns the sentence with each field written in model terms (<see cref="ModelPath.ToString"/>).</summary>
    public override string ToString() => Render(p => p.ToString());

    /// <summary>Makes a sentence from <paramref name="format"/>, whose <c>{0}</c>, <c>{1}</c>, … are <paramref name="paths"/>.</summary>
    /// <exception cref="ArgumentException">A placeholder and the paths do not match, or a path is not complete.</exception>
    internal static RuleText Of(string format, params ModelPath[] paths)
    {
        ArgumentNullException.ThrowIfNull(format);
        ArgumentNullException.ThrowIfNull(paths);
        for (var i = 0; i < paths.Length; i++)
        {
            if (paths[i] is not { IsComplete: true })
            {
                throw new ArgumentException("Every path of a rule text ends in a property.", nameof(paths));
            }

            if (!format.Contains("{" + i.ToString(CultureInfo.InvariantCulture) + "}", StringComparison.Ordinal))
            {
                throw new ArgumentException("Every path of a rule text is named in it.", nameof(format));
            }
        }

        // Fails now, not when a finding is written, if the format names a path that is not given.
        _ = string.Format(CultureInfo.InvariantCulture, format, paths.Select(p => (object)p.ToString()).ToArray());
        return new(format, [.. paths]);
    }

    /// <summary>Returns the sentence with each path written by <paramref name="path"/>.</summary>
    internal string Render(Func<ModelPath, string> path)
        => _paths.Length == 0 ? _format : string.Format(CultureInfo.InvariantCulture, _format, _paths.Select(p => (object)path(p)).ToArray());
}
