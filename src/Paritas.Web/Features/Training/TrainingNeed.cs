using Paritas.Web.Data;

namespace Paritas.Web.Features.Training;

/// <summary>
/// What a change requires a group of workers to learn, as the representatives or digital agents
/// see it. A need names a workforce group (or everyone affected), never a person.
/// </summary>
public sealed class TrainingNeed : IOrganisationOwned
{
    public const int DescriptionLength = 1000;

    private TrainingNeed()
    {
    }

    public TrainingNeed(Guid organisationId, Guid changeId, string dimension, string groupCode, string description, Guid recordedBy, DateTimeOffset recordedAt)
    {
        Id = Guid.NewGuid();
        OrganisationId = organisationId;
        ChangeId = changeId;
        Dimension = dimension;
        GroupCode = groupCode;
        Description = description;
        RecordedBy = recordedBy;
        RecordedAt = recordedAt;
    }

    public Guid Id { get; private set; }

    public Guid OrganisationId { get; private set; }

    public Guid ChangeId { get; private set; }

    /// <summary>The workforce dimension kind, or empty when the need concerns everyone affected.</summary>
    public string Dimension { get; private set; } = "";

    public string GroupCode { get; private set; } = "";

    public string Description { get; private set; } = "";

    public Guid RecordedBy { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }
}
