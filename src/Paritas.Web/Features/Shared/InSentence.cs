using System.Globalization;

namespace Paritas.Web.Features.Shared;

/// <summary>
/// A translated name (of a role, a side, a stage) placed inside a sentence: "Viewer" becomes
/// "viewer", but an acronym ("OSH officer") keeps its capitals, and so does German, which writes
/// every noun with a capital ("Arbeitgeber").
/// </summary>
public static class InSentence
{
    public static string Name(string translatedName)
    {
        var culture = CultureInfo.CurrentUICulture;
        if (translatedName.Length < 2 || char.IsUpper(translatedName[1]) || culture.TwoLetterISOLanguageName == "de")
        {
            return translatedName;
        }

        return char.ToLower(translatedName[0], culture) + translatedName[1..];
    }
}
