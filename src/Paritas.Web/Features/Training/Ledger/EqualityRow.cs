namespace Paritas.Web.Features.Training.Ledger;

/// <summary>
/// One group of one workforce dimension across the organisation and all months: training
/// delivered and owed per person (per year of employment). Null figures are hidden.
/// </summary>
public sealed record EqualityRow(
    string Dimension,
    string? Group,
    bool Suppressed,
    double? DeliveredPerPersonYear,
    double? OwedPerPersonYear,
    bool LessThanOthers)
{
    public double? ShareOfOwed => OwedPerPersonYear is > 0 && DeliveredPerPersonYear is { } d ? d / OwedPerPersonYear.Value : null;
}
