using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Paritas.BrowserTests.Harness;

namespace Paritas.BrowserTests;

/// <summary>
/// Every organisation-administration page, in English and in German, read as the organisation administrator
/// reads it and checked with axe, with at least one form of each area sent back with its errors. Nothing
/// here changes the demo organisation: every form sent is refused.
/// </summary>
public sealed class OrganisationAdministrationPagesTests(ParitasApp app) : BrowserTest(app)
{
    private const string Administrator = "orgadmin@demo.paritas.test";

    [Theory]
    [InlineData("en-GB")]
    [InlineData("de-DE")]
    public async Task The_unit_pages_and_their_errors_are_accessible_in_the_readers_language(string locale)
    {
        var say = new InLanguage(locale);
        var page = await SignedInPageAsync(Administrator, locale);
        var main = page.GetByRole(AriaRole.Main);

        await page.GotoAsync("/Organisation/Units");
        await AssertPageAsync(page, say, say["Units", "Organisationseinheiten"]);
        await Assertions.Expect(main.GetByRole(AriaRole.List, new() { Name = say["Open units", "Offene Organisationseinheiten"] })).ToContainTextAsync("Home care north");

        await main.GetByRole(AriaRole.Link, new() { Name = say["Add a unit", "Organisationseinheit hinzufügen"], Exact = true }).ClickAsync();
        await AssertPageAsync(page, say, say["Add a unit", "Organisationseinheit hinzufügen"]);
        await main.GetByRole(AriaRole.Button, new() { Name = say["Add unit", "Einheit hinzufügen"], Exact = true }).ClickAsync();
        await AssertErrorsAsync(
            page,
            say,
            say["Enter a code.", "Geben Sie einen Code ein."],
            say["Enter a name.", "Geben Sie einen Namen ein."],
            say["Select a sector.", "Wählen Sie einen Bereich aus."]);
        var code = page.GetByLabel("Code", new() { Exact = true });
        await Assertions.Expect(code).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(code).ToHaveAccessibleDescriptionAsync(new Regex(Regex.Escape(say["Error: Enter a code.", "Fehler: Geben Sie einen Code ein."]) + "$"));

        await page.GotoAsync("/Organisation/Units");
        await main.GetByRole(AriaRole.Link, new() { Name = "Home care north", Exact = true }).ClickAsync();
        await AssertPageAsync(page, say, "Home care north");
        await Assertions.Expect(main.GetByRole(AriaRole.Heading, new() { Level = 2 }).First).ToHaveTextAsync(say["Change the unit", "Organisationseinheit ändern"]);
        await Assertions.Expect(main.GetByRole(AriaRole.Table, new() { Name = say["What happened to this unit", "Was mit dieser Einheit geschehen ist"] })).ToBeVisibleAsync();

        await page.GotoAsync("/Organisation/Units/Import");
        await AssertPageAsync(page, say, say["Import units from a CSV file", "Organisationseinheiten aus einer CSV-Datei importieren"]);
        await page.GetByLabel(say["CSV file", "CSV-Datei"], new() { Exact = true }).SetInputFilesAsync(BadFile);
        await main.GetByRole(AriaRole.Button, new() { Name = say["Import", "Importieren"], Exact = true }).ClickAsync();

        await AssertErrorsAsync(page, say, say[
            "The file was not imported and nothing was changed. Correct the problems listed below and upload it again.",
            "Die Datei wurde nicht importiert und es wurde nichts geändert. Beheben Sie die unten aufgeführten Probleme und laden Sie die Datei erneut hoch."]);
        var problems = main.GetByRole(AriaRole.Table, new() { Name = say["Problems in the file", "Probleme in der Datei"] });
        await Assertions.Expect(problems.GetByRole(AriaRole.Columnheader)).ToHaveTextAsync([say["Line", "Zeile"], say["Column", "Spalte"], say["Problem", "Problem"]]);
        await Assertions.Expect(problems.GetByRole(AriaRole.Row)).ToHaveCountAsync(3);
        await Assertions.Expect(problems.GetByRole(AriaRole.Row).Nth(1).GetByRole(AriaRole.Cell)).ToHaveTextAsync(
            ["2", "headcount", say["The headcount must be a whole number from 0 to 1,000,000.", "Die Beschäftigtenzahl muss eine ganze Zahl von 0 bis 1.000.000 sein."]]);
        await Assertions.Expect(problems.GetByRole(AriaRole.Row).Nth(2).GetByRole(AriaRole.Cell)).ToHaveTextAsync(
            ["3", "name", say["Enter a name.", "Geben Sie einen Namen ein."]]);

        await page.GotoAsync("/Organisation/Units");
        await Assertions.Expect(main.GetByRole(AriaRole.Link, new() { Name = "Good name" })).ToHaveCountAsync(0);
    }

    [Theory]
    [InlineData("en-GB")]
    [InlineData("de-DE")]
    public async Task The_workforce_dimension_pages_and_their_errors_are_accessible_in_the_readers_language(string locale)
    {
        var say = new InLanguage(locale);
        var page = await SignedInPageAsync(Administrator, locale);
        var main = page.GetByRole(AriaRole.Main);

        await page.GotoAsync("/Organisation/Dimensions");
        await AssertPageAsync(page, say, say["Workforce dimensions", "Belegschaftsmerkmale"]);

        await main.GetByRole(AriaRole.Link, new() { Name = say["Change", "Ändern"] + " Gender", Exact = true }).ClickAsync();
        await AssertPageAsync(page, say, "Gender " + say["Gender", "Geschlecht"]);
        await Assertions.Expect(main.GetByRole(AriaRole.Table, new() { Name = say["Groups of Gender", "Gruppen von Gender"] }).GetByRole(AriaRole.Row)).ToHaveCountAsync(4);
        await main.GetByRole(AriaRole.Button, new() { Name = say["Add group", "Gruppe hinzufügen"], Exact = true }).ClickAsync();
        await AssertErrorsAsync(
            page,
            say,
            say["Enter the code your HR system uses for this group.", "Geben Sie den Code ein, den Ihr Personalsystem für diese Gruppe verwendet."],
            say["Enter a name for the group.", "Geben Sie einen Namen für die Gruppe ein."]);

        await main.GetByRole(AriaRole.Link, new() { Name = say["Rename or remove", "Umbenennen oder entfernen"] + " Women", Exact = true }).ClickAsync();
        await AssertPageAsync(page, say, "Women");
        await Assertions.Expect(main.GetByRole(AriaRole.Heading, new() { Level = 2 }).First).ToHaveTextAsync(say["Rename the group", "Gruppe umbenennen"]);
    }

    [Theory]
    [InlineData("en-GB")]
    [InlineData("de-DE")]
    public async Task The_joint_committee_pages_and_their_errors_are_accessible_in_the_readers_language(string locale)
    {
        const string committee = "Joint committee on digitalisation";
        var say = new InLanguage(locale);
        var page = await SignedInPageAsync(Administrator, locale);
        var main = page.GetByRole(AriaRole.Main);

        await page.GotoAsync("/Organisation/Committees");
        await AssertPageAsync(page, say, say["Joint committees", "Paritätische Ausschüsse"]);
        await main.GetByRole(AriaRole.Button, new() { Name = say["Set up committee", "Ausschuss einrichten"], Exact = true }).ClickAsync();
        await AssertErrorsAsync(page, say, say["Enter a name for the committee.", "Geben Sie einen Namen für den Ausschuss ein."]);

        await main.GetByRole(AriaRole.Link, new() { Name = committee, Exact = true }).ClickAsync();
        await AssertPageAsync(page, say, committee);
        await Assertions.Expect(main.GetByRole(AriaRole.Table, new() { Name = say["Members of ", "Mitglieder von "] + committee }).GetByRole(AriaRole.Row)).ToHaveCountAsync(6);
        await main.GetByRole(AriaRole.Button, new() { Name = say["Add member", "Mitglied hinzufügen"], Exact = true }).ClickAsync();
        await AssertErrorsAsync(
            page,
            say,
            say["Choose a person of the organisation.", "Wählen Sie eine Person der Organisation aus."],
            say["Choose the side the person sits on: employer or workers.", "Wählen Sie die Seite, auf der die Person sitzt: Arbeitgeber oder Beschäftigte."],
            say["Choose the person's role in the committee.", "Wählen Sie die Rolle der Person im Ausschuss."]);
        await Assertions.Expect(main.GetByRole(AriaRole.Group, new() { Name = say["Side", "Seite"] }))
            .ToHaveAccessibleDescriptionAsync(new Regex(Regex.Escape(say["Error: Choose the side", "Fehler: Wählen Sie die Seite"])));

        await main.GetByRole(AriaRole.Link, new() { Name = say["Change or remove", "Ändern oder entfernen"] + " Eva Employer", Exact = true }).ClickAsync();
        await AssertPageAsync(page, say, "Eva Employer " + committee);
        await Assertions.Expect(main.GetByRole(AriaRole.Heading, new() { Level = 2 }).First).ToHaveTextAsync(say["Change the seat", "Sitz ändern"]);
        await Assertions.Expect(main.GetByRole(AriaRole.Radio, new() { Name = say["Employer", "Arbeitgeber"], Exact = true })).ToBeCheckedAsync();
    }

    [Theory]
    [InlineData("en-GB")]
    [InlineData("de-DE")]
    public async Task The_people_pages_and_their_errors_are_accessible_in_the_readers_language(string locale)
    {
        var say = new InLanguage(locale);
        var page = await SignedInPageAsync(Administrator, locale);
        var main = page.GetByRole(AriaRole.Main);

        await page.GotoAsync("/Organisation/Members");
        await AssertPageAsync(page, say, say["People", "Personen"]);
        await Assertions.Expect(main.GetByRole(AriaRole.Table, new() { Name = say["People of this organisation", "Personen dieser Organisation"] })).ToContainTextAsync("Eva Employer");

        await main.GetByRole(AriaRole.Link, new() { Name = say["Invite a person", "Person einladen"], Exact = true }).ClickAsync();
        await AssertPageAsync(page, say, say["Invite a person", "Person einladen"]);
        await main.GetByRole(AriaRole.Button, new() { Name = say["Send invitation", "Einladung senden"], Exact = true }).ClickAsync();
        await AssertErrorsAsync(
            page,
            say,
            say["Enter the person's name.", "Geben Sie den Namen der Person ein."],
            say["Enter the person's e-mail address.", "Geben Sie die E-Mail-Adresse der Person ein."],
            say["Choose a role.", "Wählen Sie eine Rolle aus."]);

        await page.GotoAsync("/Organisation/Members");
        await main.GetByRole(AriaRole.Link, new() { Name = say["Change", "Ändern"] + " Eva Employer", Exact = true }).ClickAsync();
        await AssertPageAsync(page, say, "Eva Employer");
        await Assertions.Expect(main.GetByRole(AriaRole.Heading, new() { Level = 2 }).First).ToHaveTextAsync(say["Change role", "Rolle ändern"]);

        await main.GetByRole(AriaRole.Link, new() { Name = say["Remove this person", "Diese Person entfernen"], Exact = true }).ClickAsync();
        await AssertPageAsync(page, say, say["Remove Eva Employer from the organisation", "Eva Employer aus der Organisation entfernen"]);
    }

    [Theory]
    [InlineData("en-GB")]
    [InlineData("de-DE")]
    public async Task The_settings_and_token_pages_and_their_errors_are_accessible_in_the_readers_language(string locale)
    {
        var say = new InLanguage(locale);
        var page = await SignedInPageAsync(Administrator, locale);
        var main = page.GetByRole(AriaRole.Main);

        await page.GotoAsync("/Organisation/Settings");
        await AssertPageAsync(page, say, say["Organisation settings", "Einstellungen der Organisation"]);
        await page.GetByLabel(say["Minimum group for survey results", "Mindestgruppe für Befragungsergebnisse"], new() { Exact = true }).FillAsync("2");
        await main.GetByRole(AriaRole.Button, new() { Name = say["Save settings", "Einstellungen speichern"], Exact = true }).ClickAsync();
        await AssertErrorsAsync(page, say, say["The minimum group for survey results cannot be lower than 5.", "Die Mindestgruppe für Befragungsergebnisse darf nicht kleiner als 5 sein."]);

        await page.GotoAsync("/Account/Tokens");
        await AssertPageAsync(page, say, say["API tokens", "API-Tokens"]);
        await main.GetByRole(AriaRole.Button, new() { Name = say["Create token", "Token erstellen"], Exact = true }).ClickAsync();
        await AssertErrorsAsync(page, say, say["Enter a name for the token.", "Geben Sie einen Namen für das Token ein."]);
    }

    [Fact]
    public async Task At_320_pixels_the_unit_tree_and_the_import_with_its_problems_do_not_scroll_sideways()
    {
        var page = await SignedInPageAsync(Administrator);
        await page.SetViewportSizeAsync(320, 640);
        var main = page.GetByRole(AriaRole.Main);

        await page.GotoAsync("/Organisation/Units");
        await AssertFitsAsync(page, "Units");

        await page.GotoAsync("/Organisation/Units/Import");
        await AssertFitsAsync(page, "Import units from a CSV file");

        await page.GetByLabel("CSV file", new() { Exact = true }).SetInputFilesAsync(BadFile);
        await main.GetByRole(AriaRole.Button, new() { Name = "Import", Exact = true }).ClickAsync();
        await Assertions.Expect(main.GetByRole(AriaRole.Table, new() { Name = "Problems in the file" }).GetByRole(AriaRole.Row)).ToHaveCountAsync(3);
        await AssertFitsAsync(page, "Import units from a CSV file");
    }

    // Line 2 has a headcount that is no number, line 3 no name.
    private static FilePayload BadFile => new()
    {
        Name = "units.csv",
        MimeType = "text/csv",
        Buffer = Encoding.UTF8.GetBytes("code,name,parent_code,sector,headcount\nBAD-1,Good name,,Administration,many\nBAD-2,,,Administration,3\n"),
    };

    /// <summary>WCAG 1.4.10 Reflow: the page is no wider than the screen (a wide table scrolls inside its own focusable region).</summary>
    private async Task AssertFitsAsync(IPage page, string heading)
    {
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(heading);
        var widths = await page.EvaluateAsync<int[]>("() => [document.scrollingElement.scrollWidth, document.scrollingElement.clientWidth]");
        Assert.True(widths[0] <= widths[1], $"{page.Url} is {widths[0]} CSS px wide on a {widths[1]} px screen: it scrolls sideways.");
        await AssertAccessibleAsync(page);
    }
}
