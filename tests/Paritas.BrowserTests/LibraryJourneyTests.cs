using Microsoft.Playwright;
using Paritas.BrowserTests.Harness;

namespace Paritas.BrowserTests;

/// <summary>
/// Acceptance 4: an anonymous visitor finds a case in French by a stemmed query, switches it to English,
/// and a signed-in representative copies a model clause into their organisation's agreements.
/// </summary>
public sealed class LibraryJourneyTests(ParitasApp app) : BrowserTest(app)
{
    // The shipped seed (Features/Library/Seed), loaded when the application migrates. The French text of
    // the case says "agents numériques"; the singular query finds it only through the French stemmer.
    public const string FrenchQuery = "agent numérique";
    public const string CaseUid = "drammen-digital-agents";
    public const string EnglishTitle = "Drammen: 55 digital agents in health and social care";
    public const string ClauseUid = "quebec-joint-committee-30-days";
    public const string ClauseTitle = "Joint committee within 30 days of a technological change";

    [Fact]
    public async Task A_visitor_finds_a_case_in_French_reads_it_in_English_and_a_representative_copies_a_clause()
    {
        await ImportFixtureAsync();

        var visitor = await NewPageAsync("fr-FR");
        await visitor.GotoAsync("/Library");
        await AssertAccessibleAsync(visitor);
        await visitor.GetByLabel("Rechercher dans la bibliothèque").FillAsync(FrenchQuery);
        await visitor.GetByRole(AriaRole.Button, new() { Name = "Rechercher", Exact = true }).ClickAsync();
        var hit = visitor.Locator($"a[href^='/Library/Item/{CaseUid}']");
        await Assertions.Expect(hit).ToHaveCountAsync(1);
        await Assertions.Expect(visitor.Locator("mark").First).ToBeVisibleAsync();
        await AssertAccessibleAsync(visitor);

        await hit.ClickAsync();
        await Assertions.Expect(visitor.Locator("article")).ToHaveAttributeAsync("lang", "fr");
        await AssertAccessibleAsync(visitor);
        await visitor.GetByRole(AriaRole.Navigation, new() { Name = "Versions linguistiques" }).GetByRole(AriaRole.Link, new() { Name = "English" }).ClickAsync();
        await Assertions.Expect(visitor.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(EnglishTitle);
        await Assertions.Expect(visitor.Locator("article")).ToHaveAttributeAsync("lang", "en");
        await AssertAccessibleAsync(visitor);

        var steward = await SignedInPageAsync("steward@demo.paritas.test");
        await steward.GotoAsync($"/Library/Item/{ClauseUid}?lang=en");
        await AssertAccessibleAsync(steward);
        await steward.GetByRole(AriaRole.Button, new() { Name = "Use in my organisation" }).ClickAsync();
        await Assertions.Expect(steward).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/Agreements/Details\\?id="));
        await Assertions.Expect(steward.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(ClauseTitle);
        await AssertAccessibleAsync(steward);
    }

    /// <summary>The platform administrator imports the fixture through the import page (idempotent, so repeated runs are harmless).</summary>
    private async Task ImportFixtureAsync()
    {
        var admin = await SignedInPageAsync("admin@demo.paritas.test");
        await admin.GotoAsync("/Library/Import");
        await AssertAccessibleAsync(admin);
        await admin.GetByLabel("Library file").SetInputFilesAsync(Path.Combine(AppContext.BaseDirectory, "Library", "library-fixture.json"));
        await admin.GetByRole(AriaRole.Button, new() { Name = "Import the file" }).ClickAsync();
        await Assertions.Expect(admin.GetByRole(AriaRole.Status)).ToContainTextAsync("unchanged");
        await AssertAccessibleAsync(admin);
    }
}
