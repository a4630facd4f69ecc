namespace Paritas.Web.Features.Surveys;

/// <summary>One page of the answering flow.</summary>
public sealed record InstrumentSection(string Id, LocalText Title, LocalText Intro);
