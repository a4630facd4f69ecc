namespace Paritas.Web.Features.Surveys;

public enum ScaleRule
{
    /// <summary>The mean of the answered items' scores, when enough of them are answered.</summary>
    Mean,

    /// <summary>100 when any item scores 100, else 0: a prevalence ("trouble in any body region").</summary>
    Any,
}
