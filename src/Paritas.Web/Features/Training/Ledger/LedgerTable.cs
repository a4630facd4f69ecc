namespace Paritas.Web.Features.Training.Ledger;

/// <summary>The training ledger after the disclosure guard: months, a summary over them, and the equality view.</summary>
public sealed record LedgerTable(
    string? Dimension,
    IReadOnlyList<string> Groups,
    IReadOnlyList<DateOnly> Months,
    IReadOnlyList<LedgerRow> Rows,
    IReadOnlyList<LedgerSummaryRow> Summary,
    IReadOnlyList<EqualityRow> Equality,
    int MinimumGroupSize,
    EntitlementRule? Rule,
    bool HasWorkforce,
    IReadOnlyList<DateOnly> MonthsWithoutWorkforce,
    double ShortfallThreshold,
    LedgerSummaryRow? ChangeTotal = null)
{
    public int Shown => Rows.Count(r => !r.Suppressed);

    public int Hidden => Rows.Count(r => r.Suppressed);
}
