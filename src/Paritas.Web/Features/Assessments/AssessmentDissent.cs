using Paritas.Web.Data;
using Paritas.Web.Features.Organisations;

namespace Paritas.Web.Features.Assessments;

/// <summary>
/// A side's disagreement with the joint conclusion on one section, or with the assessment as a
/// whole (no section). It is never edited or removed, and amendments carry it forward.
/// </summary>
public sealed class AssessmentDissent : IOrganisationOwned
{
    private AssessmentDissent()
    {
    }

    public AssessmentDissent(Assessment assessment, Side side, string? sectionKey, string text, Guid by, DateTimeOffset now)
    {
        Id = Guid.NewGuid();
        OrganisationId = assessment.OrganisationId;
        AssessmentId = assessment.Id;
        Side = side;
        SectionKey = sectionKey;
        Text = text;
        RecordedByUserId = by;
        RecordedAt = now;
    }

    public Guid Id { get; private set; }

    public Guid OrganisationId { get; private set; }

    public Guid AssessmentId { get; private set; }

    public Side Side { get; private set; }

    /// <summary>Empty for dissent on the assessment as a whole.</summary>
    public string? SectionKey { get; private set; }

    public string Text { get; private set; } = "";

    public DateTimeOffset RecordedAt { get; private set; }

    public Guid RecordedByUserId { get; private set; }

    public AssessmentDissent CopyTo(Assessment next) => new(next, Side, SectionKey, Text, RecordedByUserId, RecordedAt);
}
