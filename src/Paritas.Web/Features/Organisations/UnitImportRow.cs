namespace Paritas.Web.Features.Organisations;

public enum UnitImportChange
{
    Created,
    Updated,
    Unchanged,
}

/// <summary>One valid line of an import file and what applying it will do.</summary>
public sealed record UnitImportRow(int Line, string Code, string Name, Sector Sector, int Headcount, string? ParentCode, ExistingUnit? Existing, UnitImportChange Change);
