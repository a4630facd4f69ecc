namespace Paritas.Web.Features.Surveys;

/// <summary>An answer option: the recorded value, its score 0–100 (null for a counted, unscored category).</summary>
public sealed record InstrumentOption(int Value, double? Score, LocalText Label);
