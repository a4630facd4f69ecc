namespace Paritas.Web.Features.Absence.Analysis;

/// <summary>A rate ratio with its 95% Wald interval; above 1 means more absence than expected.</summary>
public sealed record RateRatio(double Value, double Lower, double Upper)
{
    public bool SignificantlyHigher => Lower > 1;

    public bool SignificantlyLower => Upper < 1;
}
