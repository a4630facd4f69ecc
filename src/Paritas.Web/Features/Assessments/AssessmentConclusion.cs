using Paritas.Web.Data;

namespace Paritas.Web.Features.Assessments;

/// <summary>
/// What the joint committee concluded on one section, once both sides' answers are side by side;
/// ex-post, also what turned out differently from the ex-ante assessment.
/// </summary>
public sealed class AssessmentConclusion : IOrganisationOwned
{
    private AssessmentConclusion()
    {
    }

    public AssessmentConclusion(Assessment assessment, string sectionKey, string text, string? outcomeDifference, Guid by, DateTimeOffset now)
    {
        Id = Guid.NewGuid();
        OrganisationId = assessment.OrganisationId;
        AssessmentId = assessment.Id;
        SectionKey = sectionKey;
        Record(text, outcomeDifference, by, now);
    }

    public Guid Id { get; private set; }

    public Guid OrganisationId { get; private set; }

    public Guid AssessmentId { get; private set; }

    public string SectionKey { get; private set; } = "";

    public string Text { get; private set; } = "";

    public string? OutcomeDifference { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    public Guid RecordedByUserId { get; private set; }

    public void Record(string text, string? outcomeDifference, Guid by, DateTimeOffset now)
    {
        Text = text;
        OutcomeDifference = outcomeDifference;
        RecordedByUserId = by;
        RecordedAt = now;
    }

    public AssessmentConclusion CopyTo(Assessment next) => new(next, SectionKey, Text, OutcomeDifference, RecordedByUserId, RecordedAt);
}
