namespace Paritas.Web.Features.Organisations;

/// <summary>
/// The result of reading an import file: either problems (and nothing may be written) or the rows
/// to apply, parents before their children.
/// </summary>
public sealed record UnitImportPlan(IReadOnlyList<UnitImportRow> Rows, IReadOnlyList<UnitImportProblem> Problems)
{
    public bool IsValid => Problems.Count == 0;

    public int Created => Rows.Count(r => r.Change == UnitImportChange.Created);

    public int Updated => Rows.Count(r => r.Change == UnitImportChange.Updated);

    public int Unchanged => Rows.Count(r => r.Change == UnitImportChange.Unchanged);

    public static UnitImportPlan Refused(params UnitImportProblem[] problems) => new([], problems);
}
