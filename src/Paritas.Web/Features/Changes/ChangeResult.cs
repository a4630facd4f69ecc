namespace Paritas.Web.Features.Changes;

public enum ChangeOutcome
{
    Done,
    Invalid,
    NotFound,

    /// <summary>Someone else saved the change after the person loaded it.</summary>
    Conflict,

    /// <summary>An unmet obligation gates the stage asked for.</summary>
    Blocked,
}

/// <summary>What came of a request to the change register; pages and the API turn it into their own answers.</summary>
public sealed record ChangeResult(ChangeOutcome Outcome, Guid? Id = null, IReadOnlyList<ChangeError>? Errors = null)
{
    public IReadOnlyList<ChangeError> ErrorList => Errors ?? [];

    public static ChangeResult Done(Guid id) => new(ChangeOutcome.Done, id);

    public static ChangeResult Invalid(IReadOnlyList<ChangeError> errors) => new(ChangeOutcome.Invalid, Errors: errors);

    public static readonly ChangeResult NotFound = new(ChangeOutcome.NotFound);

    public static readonly ChangeResult Conflict = new(ChangeOutcome.Conflict);
}
