using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Paritas.Web.Features.Library;

namespace Paritas.IntegrationTests.Library;

/// <summary>Import is idempotent by uid and version, refuses bad files whole, and export round-trips.</summary>
public sealed class LibraryImportTests(LibraryFactory app) : IClassFixture<LibraryFactory>
{
    private static async Task<HttpResponseMessage> UploadAsync(HttpClient admin, string json)
    {
        var page = await admin.GetStringAsync("/Library/Import");
        var token = System.Text.RegularExpressions.Regex.Match(page, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        using var content = new MultipartFormDataContent
        {
            { new StringContent(WebUtility.HtmlDecode(token)), "__RequestVerificationToken" },
        };
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(json));
        file.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        content.Add(file, "file", "library.json");
        return await admin.PostAsync("/Library/Import", content);
    }

    private async Task<HttpClient> PlatformAdministratorAsync() => await app.SignInAsync(await app.CreateUserAsync(null, null, platformAdministrator: true));

    [Fact]
    public async Task Importing_the_same_file_twice_creates_nothing_new()
    {
        var admin = await PlatformAdministratorAsync();
        var json = await File.ReadAllTextAsync(LibrarySteps.FixturePath);

        var first = await (await UploadAsync(admin, json)).Content.ReadAsStringAsync();
        var items = await app.CountAsync(db => db.LibraryItems);
        var translations = await app.CountAsync(db => db.LibraryTranslations);
        var terms = await app.CountAsync(db => db.LibraryTerms);
        var second = await (await UploadAsync(admin, json)).Content.ReadAsStringAsync();

        Assert.True(first.Contains("4 new", StringComparison.Ordinal) || first.Contains("0 new", StringComparison.Ordinal), first);
        Assert.Contains("0 new, 0 updated, 4 unchanged", second, StringComparison.Ordinal);
        Assert.Equal(items, await app.CountAsync(db => db.LibraryItems));
        Assert.Equal(translations, await app.CountAsync(db => db.LibraryTranslations));
        Assert.Equal(terms, await app.CountAsync(db => db.LibraryTerms));
    }

    [Fact]
    public async Task A_higher_version_replaces_the_item_and_keeps_its_history()
    {
        await app.ImportFixtureAsync();
        var admin = await PlatformAdministratorAsync();
        var document = JsonNode.Parse(await File.ReadAllTextAsync(LibrarySteps.FixturePath))!;
        var rotas = document["cases"]!.AsArray().Single(c => (string?)c!["uid"] == "fixture-call-centre-rotas")!;
        rotas["version"] = 2;
        rotas["translations"]!["en"]!["title"] = "Call-centre rotas back in human hands";
        rotas["translations"]!["de"] = new JsonObject { ["title"] = "Dienstpläne im Callcenter wieder von Hand", ["body"] = "Die Dienstpläne wurden wieder von Hand erstellt." };
        rotas["sources"] = new JsonArray(new JsonObject { ["title"] = "Rota study", ["url"] = "https://example.org/rotas" });

        var response = await (await UploadAsync(admin, document.ToJsonString())).Content.ReadAsStringAsync();

        Assert.Contains("0 new, 1 updated, 3 unchanged", response, StringComparison.Ordinal);
        var page = await app.NewBrowser().GetStringAsync("/Library/Item/fixture-call-centre-rotas?lang=en");
        Assert.Contains("Call-centre rotas back in human hands", page, StringComparison.Ordinal);
        var found = await app.NewBrowser().GetStringAsync("/Library?q=human+hands");
        Assert.Contains("fixture-call-centre-rotas", found, StringComparison.Ordinal);
        var german = await app.NewBrowser().GetStringAsync("/Library?q=Dienstplan");
        Assert.Contains("/Library/Item/fixture-call-centre-rotas?lang=de", german, StringComparison.Ordinal);
        Assert.Contains("https://example.org/rotas", page, StringComparison.Ordinal);
        var versions = await app.WithScopeAsync((_, db) => db.LibraryRevisions.Join(db.LibraryItems.Where(i => i.Uid == "fixture-call-centre-rotas"), r => r.ItemId, i => i.Id, (r, _) => r.Version).ToListAsync());
        Assert.Contains(1, versions);
        Assert.Contains(2, versions);
    }

    [Theory]
    [InlineData("{ not json")]
    [InlineData("""{ "format": "paritas-library/0", "cases": [] }""")]
    [InlineData("""{ "format": "paritas-library/1", "cases": [ { "uid": "Bad Uid", "version": 1, "original": "en", "translations": { "en": { "title": "t", "body": "b" } } } ] }""")]
    [InlineData("""{ "format": "paritas-library/1", "cases": [ { "uid": "ok-uid", "version": 1, "original": "en", "sector": "Space", "translations": { "en": { "title": "t", "body": "b" } } } ] }""")]
    [InlineData("""{ "format": "paritas-library/1", "cases": [ { "uid": "ok-uid", "version": 1, "original": "en", "sources": [ { "title": "s", "url": "javascript:alert(1)" } ], "translations": { "en": { "title": "t", "body": "b" } } } ] }""")]
    [InlineData("""{ "format": "paritas-library/1", "cases": [ { "uid": "ok-uid", "version": 1, "original": "xx", "translations": { "xx": { "title": "t", "body": "b" } } } ] }""")]
    public async Task A_bad_file_gets_a_clear_message_and_changes_nothing(string json)
    {
        var admin = await PlatformAdministratorAsync();
        var before = await app.CountAsync(db => db.LibraryItems);

        var response = await UploadAsync(admin, json);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("There is a problem", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(before, await app.CountAsync(db => db.LibraryItems));
    }

    [Fact]
    public async Task Only_the_platform_administrator_may_import()
    {
        var org = await app.CreateOrganisationAsync();
        var orgAdmin = await app.SignInAsAsync(Paritas.Web.Features.Accounts.Role.OrganisationAdministrator, org);

        var response = await orgAdmin.GetAsync("/Library/Import");

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task The_export_reads_back_as_the_same_document()
    {
        await app.ImportFixtureAsync();
        var exported = await app.NewBrowser().GetStringAsync("/library/export.json");
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(exported));

        var (document, problems) = Paritas.Web.Features.Library.Exchange.LibraryExchange.Parse(stream);

        Assert.Empty(problems);
        Assert.Equal("paritas-library/1", document!.Format);
        var clause = document.Clauses!.Single(c => c.Uid == "fixture-joint-committee-30-days");
        Assert.Equal(30, clause.Rule!.DueOffsetDays);
        Assert.Equal(7, document.Cases!.Single(c => c.Uid == "fixture-digital-agents").Translations.Count);
        using var json = JsonDocument.Parse(exported);
        Assert.Equal("ConsultationAndJointBodies", json.RootElement.GetProperty("clauses").EnumerateArray().First(c => c.GetProperty("uid").GetString() == "fixture-joint-committee-30-days").GetProperty("topic").GetString());
        Assert.Equal(LibraryVisibility.Public, await app.WithScopeAsync((_, db) => db.LibraryItems.Where(i => i.Uid == "fixture-digital-agents").Select(i => i.Visibility).SingleAsync()));
    }
}
