namespace Paritas.Web.Features.Training.Ledger;

public sealed record LedgerUnit(Guid Id, string Code, string Name, Guid? ParentId);
