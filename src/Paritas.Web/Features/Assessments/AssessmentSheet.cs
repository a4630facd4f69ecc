using Paritas.Web.Features.Organisations;

namespace Paritas.Web.Features.Assessments;

/// <summary>
/// One side's answers as a reader may see them: their own always, the other side's only once that
/// side has shared them (or the version is co-signed). Hidden answers and their score are absent, not empty.
/// </summary>
public sealed record AssessmentSheet(Side Side, DateTimeOffset? SharedAt, bool Visible, IReadOnlyDictionary<string, AnswerView> Answers, ImpactScore? Score)
{
    public bool Shared => SharedAt is not null;

    public AnswerView? this[string questionKey] => Answers.GetValueOrDefault(questionKey);
}
