using Paritas.Web.Data;

namespace Paritas.Web.Features.Surveys;

/// <summary>An instrument put to the workers of a change, or of the whole organisation, in waves.</summary>
public sealed class Survey : IOrganisationOwned
{
    public const int TitleLength = 200;

    private Survey()
    {
    }

    public Survey(Guid organisationId, Guid? changeId, string title, Instrument instrument, Guid createdByUserId, DateTimeOffset createdAt)
    {
        Id = Guid.NewGuid();
        OrganisationId = organisationId;
        ChangeId = changeId;
        Title = title;
        InstrumentId = instrument.Id;
        InstrumentVersion = instrument.Version;
        CreatedByUserId = createdByUserId;
        CreatedAt = createdAt;
    }

    public Guid Id { get; private set; }

    public Guid OrganisationId { get; private set; }

    /// <summary>Empty for a survey of the whole organisation.</summary>
    public Guid? ChangeId { get; private set; }

    public string Title { get; private set; } = "";

    public string InstrumentId { get; private set; } = "";

    public string InstrumentVersion { get; private set; } = "";

    public Guid CreatedByUserId { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }
}
