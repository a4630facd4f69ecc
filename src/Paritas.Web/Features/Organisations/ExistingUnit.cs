namespace Paritas.Web.Features.Organisations;

/// <summary>A unit already in the organisation, as the import plans against it.</summary>
public sealed record ExistingUnit(Guid Id, string Code, string Name, Sector Sector, int Headcount, Guid? ParentId, bool IsOpen, Guid Version);
