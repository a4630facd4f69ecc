using Paritas.Web.Data;
using Paritas.Web.Features.Organisations;

namespace Paritas.Web.Features.Assessments;

/// <summary>One side's answer to one question of one assessment version.</summary>
public sealed class AssessmentAnswer : IOrganisationOwned
{
    public const int KeyLength = 80;
    public const int CommentLength = 1000;

    private AssessmentAnswer()
    {
    }

    public AssessmentAnswer(Assessment assessment, Side side, string questionKey, string optionKey, string? comment, Guid by, DateTimeOffset now)
    {
        Id = Guid.NewGuid();
        OrganisationId = assessment.OrganisationId;
        AssessmentId = assessment.Id;
        Side = side;
        QuestionKey = questionKey;
        Answer(optionKey, comment, by, now);
    }

    public Guid Id { get; private set; }

    public Guid OrganisationId { get; private set; }

    public Guid AssessmentId { get; private set; }

    public Side Side { get; private set; }

    public string QuestionKey { get; private set; } = "";

    public string OptionKey { get; private set; } = "";

    public string? Comment { get; private set; }

    public DateTimeOffset AnsweredAt { get; private set; }

    public Guid AnsweredByUserId { get; private set; }

    public void Answer(string optionKey, string? comment, Guid by, DateTimeOffset now)
    {
        OptionKey = optionKey;
        Comment = comment;
        AnsweredByUserId = by;
        AnsweredAt = now;
    }

    public AssessmentAnswer CopyTo(Assessment next) => new(next, Side, QuestionKey, OptionKey, Comment, AnsweredByUserId, AnsweredAt);
}
