namespace Paritas.Web.Features.Training;

/// <summary>Who may read training aggregates: the OSH officer and both sides' representatives (as for absence).</summary>
public static class TrainingPolicies
{
    public const string LedgerReaders = "TrainingLedgerReaders";
}
