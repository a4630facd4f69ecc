namespace Paritas.Web.Features.Absence.Import;

/// <summary>Keeps the first problems in detail and counts the rest by reason, so a bad file of millions of rows stays a short report.</summary>
internal sealed class ProblemLog
{
    private readonly List<ImportProblem> listed = [];
    private readonly Dictionary<ImportProblemReason, int> counts = [];

    public int Total { get; private set; }

    public bool HasFileProblem { get; private set; }

    public IReadOnlyList<ImportProblem> Listed => listed;

    public IReadOnlyDictionary<ImportProblemReason, int> Counts => counts;

    public void Add(ImportFile file, long row, string column, ImportProblemReason reason)
    {
        Total++;
        counts[reason] = counts.GetValueOrDefault(reason) + 1;
        if (reason is ImportProblemReason.MissingColumn or ImportProblemReason.UnreadableFile or ImportProblemReason.EmptyFile)
        {
            HasFileProblem = true;
        }

        if (listed.Count < ImportReport.ProblemsListed)
        {
            listed.Add(new ImportProblem(file, row, column, reason));
        }
    }
}
