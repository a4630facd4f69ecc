namespace Paritas.Web.Features.Absence.Analysis;

/// <summary>
/// Callaway &amp; Sant'Anna's simple aggregate ATT on unit-level monthly absence rates, in
/// percentage points, with its 95% interval and how many units fed it.
/// </summary>
public sealed record DidEstimate(double Att, double Lower, double Upper, int TreatedUnits, int ComparisonUnits, bool NotYetTreatedControls)
{
    public bool SignificantlyHigher => Lower > 0;
}
