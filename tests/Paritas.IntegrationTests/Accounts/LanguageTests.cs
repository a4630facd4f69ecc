using System.Net.Http.Headers;

namespace Paritas.IntegrationTests.Accounts;

/// <summary>Pages speak the reader's language: from the browser's Accept-Language, or the switcher's cookie.</summary>
public sealed class LanguageTests(ParitasFactory app) : IClassFixture<ParitasFactory>
{
    [Theory]
    [InlineData("de-DE,de;q=0.9", "Erklärung zur Barrierefreiheit", "de")]
    [InlineData("fr-FR", "Déclaration d'accessibilité", "fr")]
    [InlineData("nb-NO,no;q=0.8", "lang=\"nb\"", "nb")]
    [InlineData("xx-YY", "Accessibility statement", "en")]
    public async Task The_accessibility_statement_follows_the_browser_language(string acceptLanguage, string expected, string lang)
    {
        var browser = app.NewBrowser();
        browser.DefaultRequestHeaders.AcceptLanguage.ParseAdd(acceptLanguage);

        var html = await browser.GetStringAsync("/Accessibility");

        Assert.Contains(expected, System.Net.WebUtility.HtmlDecode(html), StringComparison.Ordinal);
        Assert.Contains($"<html lang=\"{lang}\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_validation_message_is_in_the_readers_language()
    {
        var browser = app.NewBrowser();
        browser.DefaultRequestHeaders.AcceptLanguage.Add(new StringWithQualityHeaderValue("de"));
        await app.CreateUserAsync(null, null);

        var response = await browser.PostFormAsync("/Account/SignIn", new() { ["Form.Email"] = "", ["Form.Password"] = "" });
        var html = System.Net.WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.DoesNotContain("Enter your e-mail address.", html, StringComparison.Ordinal);
        Assert.Contains("Es gibt ein Problem", html, StringComparison.Ordinal);
    }
}
