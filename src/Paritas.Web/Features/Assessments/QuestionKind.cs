namespace Paritas.Web.Features.Assessments;

public enum QuestionKind
{
    /// <summary>How much the change harms work or service; its weight adds to the score.</summary>
    Impact,

    /// <summary>What has been agreed to soften the impact; its weight is taken off the section's score.</summary>
    Mitigation,
}
