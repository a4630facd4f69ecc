using Paritas.Web.Features.Organisations;

namespace Paritas.Web.Features.Assessments;

/// <summary>An assessment version in a list; a score is absent where the reader may not see that side's answers.</summary>
public sealed record AssessmentSummary(
    Guid Id,
    AssessmentKind Kind,
    int Number,
    AssessmentStatus Status,
    DateTimeOffset StartedAt,
    DateTimeOffset? SignedAt,
    bool EmployerShared,
    bool WorkersShared,
    ImpactScore? EmployerScore,
    ImpactScore? WorkersScore,
    IReadOnlyList<Side> SignedBy);
