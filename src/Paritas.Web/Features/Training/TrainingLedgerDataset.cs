namespace Paritas.Web.Features.Training;

/// <summary>The dataset name training aggregates carry in the audit trail.</summary>
public static class TrainingLedgerDataset
{
    public const string Name = "training";
}
