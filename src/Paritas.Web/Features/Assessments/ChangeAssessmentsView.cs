using Paritas.Web.Features.Organisations;

namespace Paritas.Web.Features.Assessments;

public sealed record ChangeAssessmentsView(Guid ChangeId, Side? ReaderSide, IReadOnlyList<AssessmentSummary> Assessments, IReadOnlyList<ActionRow> Actions)
{
    public bool CanAct => ReaderSide is not null;

    public bool Has(AssessmentKind kind) => Assessments.Any(a => a.Kind == kind);
}
