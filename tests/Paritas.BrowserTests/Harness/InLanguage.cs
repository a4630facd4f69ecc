namespace Paritas.BrowserTests.Harness;

/// <summary>
/// The wording a page must show in the language of a test's locale: <c>say["Units", "Organisationseinheiten"]</c>.
/// Tests write both words out, so a page left in English fails in German.
/// </summary>
public sealed record InLanguage(string Locale)
{
    public string this[string english, string german] => Locale switch
    {
        "en-GB" => english,
        "de-DE" => german,
        _ => throw new InvalidOperationException($"Only en-GB and de-DE have their words here, not {Locale}."),
    };

    /// <summary>The html lang the pages must carry.</summary>
    public string Language => ShellWords.For(Locale).Language;
}
