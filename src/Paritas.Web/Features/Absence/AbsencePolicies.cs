namespace Paritas.Web.Features.Absence;

/// <summary>Who may read absence indicators: the OSH officer and both sides' representatives.</summary>
public static class AbsencePolicies
{
    public const string IndicatorReaders = "AbsenceIndicatorReaders";
}
