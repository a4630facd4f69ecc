namespace Paritas.Web.Features.Surveys;

public enum SubmitOutcome
{
    Accepted,

    /// <summary>No such token or code, or the token was used: the two are not told apart.</summary>
    NotValid,

    Closed,
    Invalid,
}
