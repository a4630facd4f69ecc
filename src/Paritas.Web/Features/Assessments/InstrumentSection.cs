namespace Paritas.Web.Features.Assessments;

public sealed record InstrumentSection(string Key, IReadOnlyDictionary<string, string> Title, IReadOnlyList<InstrumentQuestion> Questions);
