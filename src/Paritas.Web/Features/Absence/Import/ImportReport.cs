namespace Paritas.Web.Features.Absence.Import;

/// <summary>
/// What an import did: whether it replaced the period, the first problems in detail and how
/// many of each reason there were. Counts and positions only — no value from the files.
/// </summary>
public sealed record ImportReport(
    bool Succeeded,
    IReadOnlyList<ImportProblem> Problems,
    IReadOnlyDictionary<ImportProblemReason, int> ProblemCounts,
    int SpellRows,
    int WorkforceRows,
    int DroppedRows,
    int CellsWritten)
{
    public const int ProblemsListed = 100;

    public int ProblemTotal => ProblemCounts.Values.Sum();

    public bool FileProblem => ProblemCounts.Keys.Any(r => r is ImportProblemReason.MissingColumn or ImportProblemReason.UnreadableFile or ImportProblemReason.EmptyFile);

    public string DroppedByReason => string.Join(';', ProblemCounts.OrderBy(p => p.Key).Select(p => $"{p.Key}={p.Value}"));
}
