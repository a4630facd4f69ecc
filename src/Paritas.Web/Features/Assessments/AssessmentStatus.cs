namespace Paritas.Web.Features.Assessments;

public enum AssessmentStatus
{
    /// <summary>Being answered, compared and concluded; nothing is final yet.</summary>
    Draft,

    /// <summary>Co-signed by both sides and locked.</summary>
    CoSigned,

    /// <summary>Was signed, then amended: a newer version replaces it, and it stays on record.</summary>
    Superseded,
}
