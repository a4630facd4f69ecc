namespace Paritas.Web.Features.Library;

/// <summary>How a practice turned out; failures teach too.</summary>
public enum Outcome
{
    Positive,
    Mixed,
    Negative,
}
