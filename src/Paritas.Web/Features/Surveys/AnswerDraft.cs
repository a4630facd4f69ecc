namespace Paritas.Web.Features.Surveys;

/// <summary>A worker's unfinished answers, kept in an encrypted cookie on their own device only.</summary>
public sealed record AnswerDraft(string Credential, Guid WaveId, string Answers)
{
    public AnswerSheet Sheet => AnswerSheet.FromJson(Answers);
}
