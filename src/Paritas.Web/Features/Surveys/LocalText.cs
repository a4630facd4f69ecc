using System.Globalization;

namespace Paritas.Web.Features.Surveys;

/// <summary>One text of an instrument in every language it carries.</summary>
public sealed record LocalText(IReadOnlyDictionary<string, string> ByLanguage)
{
    public static LocalText Empty { get; } = new(new Dictionary<string, string>());

    public bool IsEmpty => ByLanguage.Count == 0;

    /// <summary>The text in the reader's language, else English, else any language the file has.</summary>
    public string Current => In(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName);

    public string In(string language) =>
        ByLanguage.TryGetValue(language, out var text) ? text
        : ByLanguage.TryGetValue("en", out var english) ? english
        : ByLanguage.Values.FirstOrDefault() ?? "";
}
