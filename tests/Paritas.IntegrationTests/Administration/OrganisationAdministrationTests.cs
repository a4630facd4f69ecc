using System.Net;
using Microsoft.EntityFrameworkCore;
using Paritas.Web.Features.Audit;
using Paritas.Web.Features.Organisations;

namespace Paritas.IntegrationTests.Administration;

public sealed class OrganisationAdministrationTests(ParitasFactory app) : IClassFixture<ParitasFactory>
{
    [Fact]
    public async Task A_platform_administrator_adds_an_organisation_in_a_country_and_two_networks()
    {
        var browser = await app.SignInAsPlatformAdministratorAsync();
        var first = await CreateNetworkAsync("Association");
        var second = await CreateNetworkAsync("Federation");
        var slug = AdminBrowser.Unique("fjordby");

        var response = await browser.PostFormAsync("/Admin/Organisations/Create", new()
        {
            ["Form.Name"] = "Fjordby kommune",
            ["Form.Slug"] = slug,
            ["Form.CountryCode"] = "NO",
            ["Form.NetworkIds[0]"] = first.Id.ToString(),
            ["Form.NetworkIds[1]"] = second.Id.ToString(),
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var org = await app.WithScopeAsync((_, db) => db.Organisations.Include(o => o.Networks).SingleAsync(o => o.Slug == slug));
        Assert.Equal("Fjordby kommune", org.Name);
        Assert.Equal("NO", org.CountryCode);
        Assert.Equal(new[] { first.Id, second.Id }.Order(), org.Networks.Select(n => n.NetworkId).Order());
        Assert.StartsWith($"/Admin/Organisations/Details?id={org.Id}", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(1, await app.CountAsync(db => db.AuditEntries.Where(e => e.Action == AuditActions.OrganisationCreated && e.OrganisationId == org.Id)));

        var list = await (await browser.GetAsync("/Admin/Organisations")).Content.ReadAsStringAsync();
        Assert.Contains("Fjordby kommune", list, StringComparison.Ordinal);
        Assert.Contains(first.Name, list, StringComparison.Ordinal);
        var members = await (await browser.GetAsync($"/Admin/Networks/Details?id={first.Id}")).Content.ReadAsStringAsync();
        Assert.Contains("Fjordby kommune", members, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Fjordby", "Form.Slug")]
    [InlineData("a", "Form.Slug")]
    [InlineData("-fjordby", "Form.Slug")]
    [InlineData("fjord by", "Form.Slug")]
    [InlineData("fjordby_kommune", "Form.Slug")]
    public async Task A_bad_short_name_is_a_field_error_and_creates_nothing(string slug, string field)
    {
        var browser = await app.SignInAsPlatformAdministratorAsync();
        var before = await app.CountAsync(db => db.Organisations);

        var response = await browser.PostFormAsync("/Admin/Organisations/Create", new() { ["Form.Name"] = "Fjordby", ["Form.Slug"] = slug, ["Form.CountryCode"] = "NO" });

        await AssertFieldErrorAsync(response, field, "The short name must be 2 to 60 lowercase letters, digits and hyphens");
        Assert.Equal(before, await app.CountAsync(db => db.Organisations));
    }

    [Fact]
    public async Task A_short_name_longer_than_sixty_characters_is_refused()
    {
        var browser = await app.SignInAsPlatformAdministratorAsync();
        var before = await app.CountAsync(db => db.Organisations);

        var response = await browser.PostFormAsync("/Admin/Organisations/Create", new() { ["Form.Name"] = "Long", ["Form.Slug"] = new string('a', 61), ["Form.CountryCode"] = "NO" });

        await AssertFieldErrorAsync(response, "Form.Slug", "The short name must be 2 to 60");
        Assert.Equal(before, await app.CountAsync(db => db.Organisations));
    }

    [Fact]
    public async Task A_short_name_already_taken_is_a_field_error_and_creates_nothing()
    {
        var browser = await app.SignInAsPlatformAdministratorAsync();
        var existing = await app.CreateOrganisationAsync();
        var before = await app.CountAsync(db => db.Organisations);

        var response = await browser.PostFormAsync("/Admin/Organisations/Create", new() { ["Form.Name"] = "Copy", ["Form.Slug"] = existing.Slug, ["Form.CountryCode"] = "SE" });

        await AssertFieldErrorAsync(response, "Form.Slug", "Another organisation already has this short name.");
        Assert.Equal(before, await app.CountAsync(db => db.Organisations));
    }

    [Fact]
    public async Task An_unknown_country_or_network_is_a_field_error_and_creates_nothing()
    {
        var browser = await app.SignInAsPlatformAdministratorAsync();
        var before = await app.CountAsync(db => db.Organisations);

        var response = await browser.PostFormAsync("/Admin/Organisations/Create", new()
        {
            ["Form.Name"] = "Nowhere",
            ["Form.Slug"] = AdminBrowser.Unique("nowhere"),
            ["Form.CountryCode"] = "ZZ",
            ["Form.NetworkIds[0]"] = Guid.NewGuid().ToString(),
        });

        var html = await AssertFieldErrorAsync(response, "Form.CountryCode", "Choose a country from the list.");
        Assert.Contains("Choose networks from the list.", html, StringComparison.Ordinal);
        Assert.Equal(before, await app.CountAsync(db => db.Organisations));
    }

    [Fact]
    public async Task An_empty_form_names_every_missing_field()
    {
        var browser = await app.SignInAsPlatformAdministratorAsync();

        var response = await browser.PostFormAsync("/Admin/Organisations/Create", new() { ["Form.Name"] = "", ["Form.Slug"] = "", ["Form.CountryCode"] = "" });

        var html = await AssertFieldErrorAsync(response, "Form.Name", "Enter the organisation&#x27;s name.");
        Assert.Contains("Enter a short name.", html, StringComparison.Ordinal);
        Assert.Contains("Choose the organisation&#x27;s country.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_platform_administrator_changes_an_organisations_name_country_and_networks()
    {
        var browser = await app.SignInAsPlatformAdministratorAsync();
        var org = await app.CreateOrganisationAsync();
        var old = await CreateNetworkAsync("Old");
        var wanted = await CreateNetworkAsync("New");
        await app.WithScopeAsync(async (_, db) =>
        {
            db.OrganisationNetworks.Add(new OrganisationNetwork { OrganisationId = org.Id, NetworkId = old.Id });
            return await db.SaveChangesAsync();
        });

        var response = await browser.PostFormAsync($"/Admin/Organisations/Edit?id={org.Id}", new()
        {
            ["Form.Name"] = "Renamed municipality",
            ["Form.CountryCode"] = "SE",
            ["Form.NetworkIds[0]"] = wanted.Id.ToString(),
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var saved = await app.WithScopeAsync((_, db) => db.Organisations.AsNoTracking().Include(o => o.Networks).SingleAsync(o => o.Id == org.Id));
        Assert.Equal("Renamed municipality", saved.Name);
        Assert.Equal("SE", saved.CountryCode);
        Assert.Equal(org.Slug, saved.Slug);
        Assert.Equal([wanted.Id], saved.Networks.Select(n => n.NetworkId));
    }

    private Task<Network> CreateNetworkAsync(string name) => app.WithScopeAsync(async (_, db) =>
    {
        var network = new Network(AdminBrowser.Unique(name), NetworkKind.NationalAssociation, "NO");
        db.Networks.Add(network);
        await db.SaveChangesAsync();
        return network;
    });

    internal static async Task<string> AssertFieldErrorAsync(HttpResponseMessage response, string field, string message)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("There is a problem", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"#{field.Replace('.', '_')}\"", html, StringComparison.Ordinal);
        Assert.Contains(message, html, StringComparison.Ordinal);
        return html;
    }
}
