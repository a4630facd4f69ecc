namespace Paritas.Web.Features.Organisations;

public enum UnitEditStatus
{
    Done,
    NotFound,
    Invalid,
    Conflict,
}

/// <summary>A field the caller sent and what is wrong with it, already in the reader's language.</summary>
public sealed record UnitFieldError(string Field, string Message);

/// <summary>How a change to a unit went. Field names are UnitInput's (Code, Name, …); "" is the whole request.</summary>
public sealed record UnitEditResult(UnitEditStatus Status, Guid? UnitId, IReadOnlyList<UnitFieldError> Errors)
{
    public static UnitEditResult Done(Guid unitId) => new(UnitEditStatus.Done, unitId, []);

    public static UnitEditResult NotFound() => new(UnitEditStatus.NotFound, null, []);

    public static UnitEditResult Conflict(Guid unitId) => new(UnitEditStatus.Conflict, unitId, []);

    public static UnitEditResult Invalid(IReadOnlyList<UnitFieldError> errors) => new(UnitEditStatus.Invalid, null, errors);

    public static UnitEditResult Invalid(string field, string message) => Invalid([new UnitFieldError(field, message)]);
}
