namespace Paritas.Web.Features.Absence.Import;

/// <summary>The problems of an import as the shared report partial shows them: the first ones in detail, and counts by reason.</summary>
public sealed record ImportProblemList(IReadOnlyList<ImportProblem> Problems, IReadOnlyDictionary<ImportProblemReason, int> Counts);
