using Insights.Core.Frames;
using Insights.Core.Model;
using Insights.Core.Serialization;

namespace Insights.Core.Reports;

/// <summary>Builds columnar frames of the <see cref="OutreachReport"/> from datasets or from JSON Lines files.</summary>
public static class OutreachFrames
{
    /// <summary>Builds a frame of the Outreach report holding every case of <paramref name="dataset"/>.</summary>
    public static CaseFrame<ReportCase> Build(Dataset dataset) => CaseFrame<ReportCase>.Build(OutreachReport.Definition, ReportCase.From(dataset));

    /// <summary>
    /// Streams a JSON Lines file of cases into a frame without keeping the cases: a first pass finds each
    /// client's profile case (the earliest intake, ties to the smaller case id, as <see cref="Dataset"/> does),
    /// a second pass stores each accepted case's answers. Rejected lines are passed to <paramref name="rejected"/>
    /// (once, from the first pass) and left out, so the frame equals the one built from the accepted cases.
    /// </summary>
    /// <param name="open">Opens the file; called twice, and must give the same bytes both times.</param>
    /// <param name="rejected">Receives each rejected line, or null to ignore them (they are still counted).</param>
    /// <returns>The frame and how many lines were accepted and rejected.</returns>
    public static (CaseFrame<ReportCase> Frame, ReadSummary Summary) ReadJsonLines(Func<Stream> open, Action<Rejection>? rejected = null)
    {
        ArgumentNullException.ThrowIfNull(open);
        var earliest = new Dictionary<ClientId, (DateOnly Intake, CaseId Id)>();
        var summary = ReadSummary.Empty;
        using (var first = open())
        {
            foreach (var result in CaseReader.Read(first))
            {
                if (result.Case is not { } c)
                {
                    summary = summary.Add(result);
                    rejected?.Invoke(result.Rejection!);
                    continue;
                }

                summary = summary.Add(result);
                if (!earliest.TryGetValue(c.Client, out var current) || IsEarlier(c.IntakeDate, c.Id, current.Intake, current.Id))
                {
                    earliest[c.Client] = (c.IntakeDate, c.Id);
                }
            }
        }

        var profileCases = earliest.Values.Select(v => v.Id).ToHashSet();
        earliest.Clear();
        var frame = new CaseFrame<ReportCase>(OutreachReport.Definition);
        using (var second = open())
        {
            foreach (var result in CaseReader.Read(second))
            {
                if (result.Case is { } c)
                {
                    frame.Add(new ReportCase(c, profileCases.Contains(c.Id)));
                }
            }
        }

        return (frame, summary);
    }

    private static bool IsEarlier(DateOnly intake, CaseId id, DateOnly currentIntake, CaseId currentId)
        => intake != currentIntake ? intake < currentIntake : string.CompareOrdinal(id.Value, currentId.Value) < 0;
}
