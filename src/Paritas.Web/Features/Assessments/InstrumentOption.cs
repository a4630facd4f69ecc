namespace Paritas.Web.Features.Assessments;

public sealed record InstrumentOption(string Key, int Weight, IReadOnlyDictionary<string, string> Text);
