namespace Paritas.Web.Features.Assessments;

/// <summary>Before the change (ex-ante) or after it has been in use (ex-post).</summary>
public enum AssessmentKind
{
    ExAnte,
    ExPost,
}
