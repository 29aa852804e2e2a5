namespace Insights.Core.Model;

/// <summary>Identifies a case: one referral of one client to one service. Unique within a dataset.</summary>
/// <remarks>Values are 1 to 64 characters of letters, digits, '-', '_' or '.'.</remarks>
public readonly record struct CaseId
{
    /// <summary>Creates an identifier.</summary>
    /// <exception cref="ArgumentException"><paramref name="value"/> is empty, longer than 64 characters or has other characters.</exception>
    public CaseId(string value) => Value = Identifier.Validate(value, nameof(value));

    /// <summary>Gets the identifier text.</summary>
    public string Value { get; }

    /// <inheritdoc/>
    public override string ToString() => Value;
}

/// <summary>Identifies a client (a person); one client may have several cases.</summary>
/// <remarks>Values are 1 to 64 characters of letters, digits, '-', '_' or '.'.</remarks>
public readonly record struct ClientId
{
    /// <summary>Creates an identifier.</summary>
    /// <exception cref="ArgumentException"><paramref name="value"/> is empty, longer than 64 characters or has other characters.</exception>
    public ClientId(string value) => Value = Identifier.Validate(value, nameof(value));

    /// <summary>Gets the identifier text.</summary>
    public string Value { get; }

    /// <inheritdoc/>
    public override string ToString() => Value;
}

/// <summary>Identifies an outreach service.</summary>
/// <remarks>Values are 1 to 64 characters of letters, digits, '-', '_' or '.'.</remarks>
public readonly record struct ServiceId
{
    /// <summary>Creates an identifier.</summary>
    /// <exception cref="ArgumentException"><paramref name="value"/> is empty, longer than 64 characters or has other characters.</exception>
    public ServiceId(string value) => Value = Identifier.Validate(value, nameof(value));

    /// <summary>Gets the identifier text.</summary>
    public string Value { get; }

    /// <inheritdoc/>
    public override string ToString() => Value;
}

internal static class Identifier
{
    internal const int MaxLength = 64;

    /// <summary>Returns whether <paramref name="value"/> is a valid identifier, without throwing.</summary>
    internal static bool IsValid(string value)
    {
        if (value.Length is 0 or > MaxLength)
        {
            return false;
        }

        foreach (var ch in value)
        {
            if (!(char.IsAsciiLetterOrDigit(ch) || ch is '-' or '_' or '.'))
            {
                return false;
            }
        }

        return true;
    }

    internal static string Validate(string value, string parameterName)
    {
        ArgumentNullException.ThrowIfNull(value, parameterName);
        if (value.Length is 0 or > MaxLength)
        {
            throw new ArgumentException($"An identifier has 1 to {MaxLength} characters; got {value.Length}.", parameterName);
        }

        for (var i = 0; i < value.Length; i++)
        {
            var ch = value[i];
            if (!(char.IsAsciiLetterOrDigit(ch) || ch is '-' or '_' or '.'))
            {
                // The position, never the character: an identifier may come from a record, which must not reach logs.
                throw new ArgumentException(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"An identifier has only letters, digits, '-', '_' or '.'; character {i + 1} is another."), parameterName);
            }
        }

        return value;
    }
}
