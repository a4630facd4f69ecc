namespace Paritas.Web.Features.Surveys;

/// <summary>What a token or unit code entitles its holder to: answering one wave, counted in one cell.</summary>
public sealed record AnswerTicket(
    Guid OrganisationId,
    Guid WaveId,
    Guid UnitId,
    string Dimension,
    string GroupCode,
    bool IsToken,
    bool IsOpen,
    string InstrumentId,
    string InstrumentVersion);
