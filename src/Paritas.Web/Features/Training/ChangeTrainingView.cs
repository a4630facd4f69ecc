using Paritas.Web.Features.Training.Ledger;

namespace Paritas.Web.Features.Training;

/// <summary>The change page's training section: plan status for everyone, the guarded ledger for those who may read it.</summary>
public sealed record ChangeTrainingView(Guid ChangeId, int Needs, int Activities, bool Agreed, bool MayEdit, bool MayReadLedger, LedgerTable? Ledger);
