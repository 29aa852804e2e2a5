namespace Insights.Core.Tabulation;

/// <summary>How a table treats records that did not answer the question.</summary>
public enum MissingAnswers
{
    /// <summary>Counted in n and printed as a "Missing" row (the report's usual layout).</summary>
    Shown,

    /// <summary>Counted in n but not printed (the report's level-of-abuse grid).</summary>
    Hidden,

    /// <summary>Neither counted in n nor printed.</summary>
    Excluded,

    /// <summary>Left out of n, and printed as a "Missing" row whose percentage is over everyone including them (client-reported outcomes).</summary>
    ShownSeparately,
}

/// <summary>The one place that says who a missing answer puts in n and how its row prints, for every tabulator.</summary>
internal static class MissingAnswersPolicy
{
    internal const string Label = "Missing";

    /// <summary>Returns whether a policy counts missing answers in n.</summary>
    internal static bool InBase(this MissingAnswers policy) => policy is MissingAnswers.Shown or MissingAnswers.Hidden;

    /// <summary>Returns n: the records counted with an answer, plus those without one when the policy counts them.</summary>
    internal static long Base(this MissingAnswers policy, long answered, long missing) => checked(answered + (policy.InBase() ? missing : 0));

    /// <summary>Returns the printed Missing row, or null when the policy prints none.</summary>
    internal static TableRow? Row(this MissingAnswers policy, long missing, long n) => policy switch
    {
        MissingAnswers.Shown => new TableRow(Label, RowKind.Missing, [new CountCell(missing, n)]),
        MissingAnswers.ShownSeparately => new TableRow(Label, RowKind.Missing, [new CountCell(missing, checked(n + missing))]),
        _ => null,
    };

    /// <summary>Throws unless <paramref name="policy"/> is a declared policy.</summary>
    internal static MissingAnswers Checked(this MissingAnswers policy, string parameter)
        => Enum.IsDefined(policy) ? policy : throw new ArgumentOutOfRangeException(parameter, policy, "Not a missing-answers policy.");
}
