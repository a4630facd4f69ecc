namespace Paritas.Web.Features.Assessments;

public sealed record SectionComparison(AssessmentReport Report, InstrumentSection Section);
