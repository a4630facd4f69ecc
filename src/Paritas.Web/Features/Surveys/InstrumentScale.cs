namespace Paritas.Web.Features.Surveys;

public sealed record InstrumentScale(string Id, LocalText Title, ScaleRule Rule, double MinimumAnsweredShare);
