using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Paritas.Web.Features.Accounts;

namespace Paritas.IntegrationTests.Library;

/// <summary>Acceptance 1: stemming and diacritics in several languages, facets with counts, the same through the page and the API.</summary>
public sealed class LibrarySearchTests(LibraryFactory app) : IClassFixture<LibraryFactory>
{
    private const string Agents = "fixture-digital-agents";
    private const string TaxCuts = "fixture-tax-staff-cuts";
    private const string Rotas = "fixture-call-centre-rotas";

    [Theory]
    [InlineData("Digitalisierungen", "de", Agents)]
    [InlineData("numériques", "fr", Agents)]
    [InlineData("numeriques", "fr", Agents)]
    [InlineData("digitalizacion", "es", Agents)]
    [InlineData("trabajador", "es", Agents)]
    [InlineData("arbetstagare", "sv", Agents)]
    [InlineData("lavoratore", "it", Agents)]
    [InlineData("werknemer", "nl", Agents)]
    [InlineData("schedule", "en", Rotas)]
    [InlineData("ROTATION faite", "fr", Rotas)]
    [InlineData("nedskæring", "da", TaxCuts)]
    [InlineData("nedskaering", "da", TaxCuts)]
    public async Task A_stemmed_or_unaccented_query_finds_the_item_in_its_language(string query, string language, string uid)
    {
        await app.ImportFixtureAsync();

        var html = await app.NewBrowser().GetStringAsync("/Library?q=" + Uri.EscapeDataString(query));

        Assert.Contains($"/Library/Item/{uid}?lang={language}", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Matched_words_are_marked_in_the_results()
    {
        await app.ImportFixtureAsync();

        var html = await app.NewBrowser().GetStringAsync("/Library?q=Digitalisierungen");

        Assert.Contains("<mark>Digitalisierung</mark>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_word_found_nowhere_finds_nothing()
    {
        await app.ImportFixtureAsync();

        var html = await app.NewBrowser().GetStringAsync("/Library?q=Digitalisierungen+xylophon");

        Assert.DoesNotContain("/Library/Item/", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Facets_count_across_languages_and_narrow_the_results()
    {
        await app.ImportFixtureAsync();
        var org = await app.CreateOrganisationAsync();
        var api = await app.ApiClientAsync(Role.Viewer, org);

        var all = await api.GetFromJsonAsync<JsonElement>("/api/v1/library?lang=en");
        Assert.Equal(4, all.GetProperty("total").GetInt32());
        var facets = all.GetProperty("facets");
        Assert.Equal(3, facets.GetProperty("kind").GetProperty("PracticeCase").GetInt32());
        Assert.Equal(1, facets.GetProperty("kind").GetProperty("ModelClause").GetInt32());
        Assert.Equal(4, facets.GetProperty("language").GetProperty("fr").GetInt32());
        Assert.Equal(1, facets.GetProperty("language").GetProperty("de").GetInt32());
        Assert.Equal(2, facets.GetProperty("country").GetProperty("CA").GetInt32());
        Assert.Equal(1, facets.GetProperty("outcome").GetProperty("Negative").GetInt32());

        var narrowed = await api.GetFromJsonAsync<JsonElement>("/api/v1/library?country=CA&kind=PracticeCase");
        Assert.Equal(1, narrowed.GetProperty("total").GetInt32());
        Assert.Equal(Rotas, narrowed.GetProperty("items")[0].GetProperty("uid").GetString());
        // A facet's own counts ignore its own choice, so the reader can widen within it.
        Assert.Equal(1, narrowed.GetProperty("facets").GetProperty("kind").GetProperty("ModelClause").GetInt32());

        var worded = await api.GetFromJsonAsync<JsonElement>("/api/v1/library?q=automatisation&outcome=Negative");
        Assert.Equal(1, worded.GetProperty("total").GetInt32());
        Assert.Equal(TaxCuts, worded.GetProperty("items")[0].GetProperty("uid").GetString());
        Assert.Equal("fr", worded.GetProperty("items")[0].GetProperty("language").GetString());
    }

    [Fact]
    public async Task Facets_work_as_links_and_checkboxes_on_the_page_without_scripts()
    {
        await app.ImportFixtureAsync();
        var browser = app.NewBrowser();

        var html = await browser.GetStringAsync("/Library?mechanism=DigitalAgents");

        Assert.Contains($"/Library/Item/{Agents}", html, StringComparison.Ordinal);
        Assert.DoesNotContain($"/Library/Item/{Rotas}", html, StringComparison.Ordinal);
        Assert.Contains("name=\"mechanism\" value=\"DigitalAgents\" checked=\"checked\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/Library\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Relevance_puts_a_title_match_before_a_body_match()
    {
        await app.ImportFixtureAsync();
        var org = await app.CreateOrganisationAsync();
        var api = await app.ApiClientAsync(Role.Viewer, org);

        var result = await api.GetFromJsonAsync<JsonElement>("/api/v1/library?q=software&lang=en");

        var items = result.GetProperty("items");
        Assert.Equal(1, result.GetProperty("total").GetInt32());
        Assert.Equal(Rotas, items[0].GetProperty("uid").GetString());

        var ranked = await api.GetFromJsonAsync<JsonElement>("/api/v1/library?q=digital&lang=en");
        Assert.Equal(Agents, ranked.GetProperty("items")[0].GetProperty("uid").GetString());
    }

    [Fact]
    public async Task A_case_offers_the_readers_language_and_says_when_it_is_missing()
    {
        await app.ImportFixtureAsync();
        var browser = app.NewBrowser();
        browser.DefaultRequestHeaders.AcceptLanguage.ParseAdd("de");

        var german = await browser.GetStringAsync($"/Library/Item/{Agents}");
        Assert.Contains("Digitale Lotsen begleiten", german, StringComparison.Ordinal);
        Assert.Contains($"/Library/Item/{Agents}?lang=fr", german, StringComparison.Ordinal);

        var missing = await browser.GetAsync($"/Library/Item/{Rotas}");
        Assert.Equal(HttpStatusCode.OK, missing.StatusCode);
        var html = await missing.Content.ReadAsStringAsync();
        Assert.Contains("Horaires du centre d", html, StringComparison.Ordinal);
        Assert.Contains("lang=\"fr\"", html, StringComparison.Ordinal);
        Assert.Contains($"/Library/Item/{Rotas}?lang=en", html, StringComparison.Ordinal);
    }
}
