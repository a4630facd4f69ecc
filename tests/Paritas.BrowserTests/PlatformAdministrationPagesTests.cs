using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Paritas.BrowserTests.Harness;

namespace Paritas.BrowserTests;

/// <summary>
/// Every platform-administration page, in English and in German, read as the platform administrator reads
/// it and checked with axe, with a form of each area sent back with its errors. Nothing here changes the
/// installation: every form sent is refused.
/// </summary>
public sealed class PlatformAdministrationPagesTests(ParitasApp app) : BrowserTest(app)
{
    private const string PlatformAdministrator = "admin@demo.paritas.test";
    private const string Network = "Demo association of municipalities";

    [Theory]
    [InlineData("en-GB")]
    [InlineData("de-DE")]
    public async Task The_country_and_network_pages_and_their_errors_are_accessible_in_the_readers_language(string locale)
    {
        var say = new InLanguage(locale);
        var page = await SignedInPageAsync(PlatformAdministrator, locale);
        var main = page.GetByRole(AriaRole.Main);

        await page.GotoAsync("/Admin");
        await AssertPageAsync(page, say, say["Platform administration", "Plattformverwaltung"]);

        await main.GetByRole(AriaRole.Link, new() { Name = say["Countries", "Länder"], Exact = true }).ClickAsync();
        await AssertPageAsync(page, say, say["Countries", "Länder"]);
        await main.GetByRole(AriaRole.Button, new() { Name = say["Add country", "Land hinzufügen"], Exact = true }).ClickAsync();
        await AssertErrorsAsync(
            page,
            say,
            say["Enter the country's two-letter code.", "Geben Sie den zweistelligen Ländercode ein."],
            say["Enter the country's name.", "Geben Sie den Namen des Landes ein."]);

        await main.GetByRole(AriaRole.Link, new() { Name = say["Rename", "Umbenennen"] + " Norway", Exact = true }).ClickAsync();
        await AssertPageAsync(page, say, say["Rename the country NO", "Land NO umbenennen"]);
        await page.GetByLabel("Name", new() { Exact = true }).FillAsync("");
        await main.GetByRole(AriaRole.Button, new() { Name = say["Save", "Speichern"], Exact = true }).ClickAsync();
        await AssertErrorsAsync(page, say, say["Enter the country's name.", "Geben Sie den Namen des Landes ein."]);

        await page.GotoAsync("/Admin/Networks");
        await AssertPageAsync(page, say, say["Networks", "Netzwerke"]);
        await main.GetByRole(AriaRole.Button, new() { Name = say["Create network", "Netzwerk anlegen"], Exact = true }).ClickAsync();
        await AssertErrorsAsync(
            page,
            say,
            say["Enter the network's name.", "Geben Sie den Namen des Netzwerks ein."],
            say["Choose what kind of network it is.", "Wählen Sie die Art des Netzwerks."]);
        await Assertions.Expect(main.GetByRole(AriaRole.Group, new() { Name = say["Kind of network", "Art des Netzwerks"] }))
            .ToHaveAccessibleDescriptionAsync(say["Error: Choose what kind of network it is.", "Fehler: Wählen Sie die Art des Netzwerks."]);

        await main.GetByRole(AriaRole.Link, new() { Name = Network, Exact = true }).ClickAsync();
        await AssertPageAsync(page, say, Network);
        await Assertions.Expect(main.GetByRole(AriaRole.Table, new() { Name = say["Member organisations of ", "Mitgliedsorganisationen von "] + Network }))
            .ToContainTextAsync("Demo municipality");
    }

    [Theory]
    [InlineData("en-GB")]
    [InlineData("de-DE")]
    public async Task The_organisation_pages_and_their_errors_are_accessible_in_the_readers_language(string locale)
    {
        var say = new InLanguage(locale);
        var page = await SignedInPageAsync(PlatformAdministrator, locale);
        var main = page.GetByRole(AriaRole.Main);

        await page.GotoAsync("/Admin/Organisations");
        await AssertPageAsync(page, say, say["Organisations", "Organisationen"]);

        await main.GetByRole(AriaRole.Link, new() { Name = say["Add an organisation", "Organisation hinzufügen"], Exact = true }).ClickAsync();
        await AssertPageAsync(page, say, say["Add an organisation", "Organisation hinzufügen"]);
        await page.GetByLabel("Name", new() { Exact = true }).FillAsync("Fjordby municipality");
        var slug = page.GetByLabel(say["Short name", "Kurzname"], new() { Exact = true });
        await slug.FillAsync("Fjordby Kommune!");
        await page.GetByLabel(say["Country", "Land"], new() { Exact = true }).SelectOptionAsync("NO");
        await main.GetByRole(AriaRole.Button, new() { Name = say["Add organisation", "Organisation hinzufügen"], Exact = true }).ClickAsync();

        var slugMessage = say[
            "The short name must be 2 to 60 lowercase letters, digits and hyphens, and start and end with a letter or digit.",
            "Der Kurzname muss aus 2 bis 60 Kleinbuchstaben, Ziffern und Bindestrichen bestehen und mit einem Buchstaben oder einer Ziffer beginnen und enden."];
        await AssertErrorsAsync(page, say, slugMessage);
        await Assertions.Expect(slug).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(slug).ToHaveValueAsync("Fjordby Kommune!");
        await Assertions.Expect(slug).ToHaveAccessibleDescriptionAsync(new Regex(Regex.Escape(say["Error:", "Fehler:"] + " " + slugMessage) + "$"));
        await Assertions.Expect(page.GetByLabel("Name", new() { Exact = true })).ToHaveValueAsync("Fjordby municipality");

        await page.GotoAsync("/Admin/Organisations");
        await Assertions.Expect(main.GetByRole(AriaRole.Link, new() { Name = "Fjordby municipality" })).ToHaveCountAsync(0);
        await main.GetByRole(AriaRole.Link, new() { Name = "Demo municipality", Exact = true }).ClickAsync();
        await AssertPageAsync(page, say, "Demo municipality");
        await Assertions.Expect(main).ToContainTextAsync("Olav Organiser (orgadmin@demo.paritas.test)");
        await main.GetByRole(AriaRole.Button, new() { Name = say["Send invitation", "Einladung senden"], Exact = true }).ClickAsync();
        await AssertErrorsAsync(page, say, say["Enter the e-mail address of the person to invite.", "Geben Sie die E-Mail-Adresse der Person ein, die Sie einladen möchten."]);

        await main.GetByRole(AriaRole.Link, new() { Name = say["Change name, country or networks", "Name, Land oder Netzwerke ändern"], Exact = true }).ClickAsync();
        await AssertPageAsync(page, say, say["Change an organisation", "Organisation ändern"]);
        await Assertions.Expect(main.GetByRole(AriaRole.Checkbox, new() { Name = Network + " (NO)", Exact = true })).ToBeCheckedAsync();
    }
}
