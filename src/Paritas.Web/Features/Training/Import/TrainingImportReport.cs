using Paritas.Web.Features.Absence.Import;

namespace Paritas.Web.Features.Training.Import;

/// <summary>What a training-hours import did; positions and reasons only, never a value from the file.</summary>
public sealed record TrainingImportReport(
    bool Succeeded,
    IReadOnlyList<ImportProblem> Problems,
    IReadOnlyDictionary<ImportProblemReason, int> ProblemCounts,
    int Rows,
    int CellsWritten)
{
    public int ProblemTotal => ProblemCounts.Values.Sum();
}
