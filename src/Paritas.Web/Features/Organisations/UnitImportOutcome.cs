namespace Paritas.Web.Features.Organisations;

/// <summary>What an import did: counts on success, or the first problems and how many more there were.</summary>
public sealed record UnitImportOutcome(bool Succeeded, int Created, int Updated, int Unchanged, IReadOnlyList<UnitImportProblem> Problems, int MoreProblems)
{
    public static UnitImportOutcome Success(int created, int updated, int unchanged) => new(true, created, updated, unchanged, [], 0);

    public static UnitImportOutcome Refused(IReadOnlyList<UnitImportProblem> problems, int limit)
        => new(false, 0, 0, 0, [.. problems.Take(limit)], Math.Max(0, problems.Count - limit));
}
