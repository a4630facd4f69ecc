namespace Paritas.Web.Features.Organisations;

/// <summary>
/// What a person or a program asks a unit to be. Sector is text (the enum name or its code) and
/// headcount is null when it was not a number, so the one validator gives the messages for all.
/// </summary>
public sealed record UnitInput(string? Code, string? Name, string? Sector, int? Headcount, Guid? ParentId);
