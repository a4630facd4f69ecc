using Paritas.Web.Data;
using Paritas.Web.Features.Organisations;

namespace Paritas.Web.Features.Assessments;

/// <summary>One representative's signature for their side, given after re-entering their second factor.</summary>
public sealed class AssessmentSignature : IOrganisationOwned
{
    private AssessmentSignature()
    {
    }

    public AssessmentSignature(Assessment assessment, Side side, Guid userId, DateTimeOffset now)
    {
        Id = Guid.NewGuid();
        OrganisationId = assessment.OrganisationId;
        AssessmentId = assessment.Id;
        Side = side;
        UserId = userId;
        SignedAt = now;
    }

    public Guid Id { get; private set; }

    public Guid OrganisationId { get; private set; }

    public Guid AssessmentId { get; private set; }

    public Side Side { get; private set; }

    public Guid UserId { get; private set; }

    public DateTimeOffset SignedAt { get; private set; }
}
