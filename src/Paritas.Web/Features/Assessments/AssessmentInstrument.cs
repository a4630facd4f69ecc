using System.Globalization;

namespace Paritas.Web.Features.Assessments;

/// <summary>
/// The questionnaire both sides answer: versioned, in every language, shipped as data
/// (docs/formats/assessment-instrument.md). An assessment keeps the key and version it was
/// started with, so a later instrument never changes what was signed.
/// </summary>
public sealed record AssessmentInstrument(
    string Format,
    string Key,
    int Version,
    IReadOnlyList<string> Languages,
    IReadOnlyDictionary<string, string> Title,
    IReadOnlyDictionary<string, IReadOnlyList<InstrumentOption>>? Scales,
    IReadOnlyList<InstrumentSection> Sections)
{
    public const string FormatName = "paritas-assessment-instrument";

    public IEnumerable<InstrumentQuestion> Questions => Sections.SelectMany(s => s.Questions);

    public InstrumentSection? Section(string? key) => Sections.FirstOrDefault(s => s.Key == key);

    public InstrumentQuestion? Question(string? key) => Questions.FirstOrDefault(q => q.Key == key);

    /// <summary>The text in the reader's language, else English: every shipped text has both.</summary>
    public static string In(IReadOnlyDictionary<string, string> text, CultureInfo? culture = null)
    {
        var language = (culture ?? CultureInfo.CurrentUICulture).TwoLetterISOLanguageName;
        return text.TryGetValue(language, out var local) ? local
            : language == "no" && text.TryGetValue("nb", out var bokmal) ? bokmal
            : text.TryGetValue("en", out var english) ? english
            : text.Values.FirstOrDefault() ?? "";
    }
}
