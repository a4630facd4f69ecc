using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Paritas.Web.Features.Accounts;
using Paritas.Web.Features.Library;

namespace Paritas.IntegrationTests.Library;

/// <summary>
/// Acceptance 2: a private item is invisible to other organisations and to anonymous visitors through
/// every door — pages, search, API, feed and export — and visible to its own organisation; a shared one
/// reaches its network and nobody else; a request to publish shows nothing until a curator approves it.
/// </summary>
public sealed class LibraryVisibilityTests(LibraryFactory app) : IClassFixture<LibraryFactory>
{
    private static string Word() => "zorblax" + Guid.NewGuid().ToString("N")[..6];

    private static async Task AssertInvisibleAsync(HttpClient browser, HttpClient? api, string uid, string word)
    {
        var page = await browser.GetAsync($"/Library/Item/{uid}");
        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync($"/Library/History/{uid}")).StatusCode);
        var search = await browser.GetStringAsync("/Library?q=" + word);
        Assert.DoesNotContain(uid, search, StringComparison.Ordinal);
        var browse = await browser.GetStringAsync("/Library");
        Assert.DoesNotContain(uid, browse, StringComparison.Ordinal);
        Assert.DoesNotContain(uid, await browser.GetStringAsync("/library/feed.atom"), StringComparison.Ordinal);
        Assert.DoesNotContain(uid, await browser.GetStringAsync("/library/export.json"), StringComparison.Ordinal);
        Assert.DoesNotContain(word, await browser.GetStringAsync("/library/export.json"), StringComparison.Ordinal);
        if (api is not null)
        {
            var found = await api.GetFromJsonAsync<JsonElement>("/api/v1/library?q=" + word);
            Assert.Equal(0, found.GetProperty("total").GetInt32());
            Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync($"/api/v1/library/{uid}")).StatusCode);
        }
    }

    private static async Task AssertVisibleAsync(HttpClient browser, HttpClient? api, string uid, string word)
    {
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync($"/Library/Item/{uid}")).StatusCode);
        Assert.Contains(uid, await browser.GetStringAsync("/Library?q=" + word), StringComparison.Ordinal);
        Assert.Contains(uid, await browser.GetStringAsync("/library/export.json"), StringComparison.Ordinal);
        if (api is not null)
        {
            var found = await api.GetFromJsonAsync<JsonElement>("/api/v1/library?q=" + word);
            Assert.Equal(1, found.GetProperty("total").GetInt32());
            Assert.Equal(HttpStatusCode.OK, (await api.GetAsync($"/api/v1/library/{uid}")).StatusCode);
        }
    }

    [Fact]
    public async Task A_private_item_is_invisible_to_anonymous_visitors_and_other_organisations_through_every_door()
    {
        var owner = await app.CreateOrganisationAsync();
        var other = await app.CreateOrganisationAsync();
        var word = Word();
        var uid = await app.CreateCaseAsync(owner, "Our own pilot " + word, "Only for us: " + word);

        await AssertInvisibleAsync(app.NewBrowser(), null, uid, word);
        await AssertInvisibleAsync(await app.SignInAsAsync(Role.OrganisationAdministrator, other), await app.ApiClientAsync(Role.OrganisationAdministrator, other), uid, word);
        await AssertVisibleAsync(await app.SignInAsAsync(Role.Viewer, owner), await app.ApiClientAsync(Role.Viewer, owner), uid, word);
    }

    [Fact]
    public async Task The_platform_administrator_does_not_read_an_organisations_private_item()
    {
        var owner = await app.CreateOrganisationAsync();
        var word = Word();
        var uid = await app.CreateCaseAsync(owner, "Private pilot " + word, "Body " + word);
        var admin = await app.SignInAsync(await app.CreateUserAsync(null, null, platformAdministrator: true));

        await AssertInvisibleAsync(admin, null, uid, word);
    }

    [Fact]
    public async Task An_item_shared_with_a_network_reaches_its_members_and_nobody_else()
    {
        var owner = await app.CreateOrganisationAsync();
        var member = await app.CreateOrganisationAsync();
        var outsider = await app.CreateOrganisationAsync();
        var network = await app.CreateNetworkAsync(owner, member);
        var word = Word();
        var uid = await app.CreateCaseAsync(owner, "Shared pilot " + word, "Body " + word, LibraryVisibility.Network, network.Id);

        await AssertVisibleAsync(await app.SignInAsAsync(Role.Viewer, member), await app.ApiClientAsync(Role.Viewer, member), uid, word);
        await AssertInvisibleAsync(await app.SignInAsAsync(Role.Viewer, outsider), await app.ApiClientAsync(Role.Viewer, outsider), uid, word);
        await AssertInvisibleAsync(app.NewBrowser(), null, uid, word);
    }

    [Fact]
    public async Task A_request_to_publish_shows_nothing_until_a_curator_approves_it_and_then_appears_in_the_feed()
    {
        var owner = await app.CreateOrganisationAsync();
        var network = await app.CreateNetworkAsync(owner);
        var word = Word();
        var uid = await app.CreateCaseAsync(owner, "Pilot to publish " + word, "Body " + word);
        var ownerAdmin = await app.SignInAsAsync(Role.OrganisationAdministrator, owner);

        var asked = await ownerAdmin.PostFormAsync($"/Library/Item/{uid}?handler=Share", new() { ["visibility"] = "Public" }, $"/Library/Item/{uid}");
        Assert.Equal(HttpStatusCode.Redirect, asked.StatusCode);
        await AssertInvisibleAsync(app.NewBrowser(), null, uid, word);

        var curatorUser = await app.CreateUserAsync(await app.CreateOrganisationAsync(), Role.Analyst);
        await app.WithScopeAsync(async (_, db) =>
        {
            db.LibraryCurators.Add(new LibraryCurator(network.Id, curatorUser.Id));
            await db.SaveChangesAsync();
            return 0;
        });
        var curator = await app.SignInAsync(curatorUser);
        var queue = await curator.GetStringAsync("/Library/Curation");
        Assert.Contains(uid, queue, StringComparison.Ordinal);

        var approved = await curator.PostFormAsync("/Library/Curation?handler=Sharing", new() { ["uid"] = uid, ["approve"] = "true" }, "/Library/Curation");
        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);

        await AssertVisibleAsync(app.NewBrowser(), null, uid, word);
        Assert.Contains(uid, await app.NewBrowser().GetStringAsync("/library/feed.atom"), StringComparison.Ordinal);
        var history = await app.NewBrowser().GetStringAsync($"/Library/History/{uid}");
        Assert.Contains("Sharing approved by a curator", history, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_curator_of_another_network_cannot_approve()
    {
        var owner = await app.CreateOrganisationAsync();
        await app.CreateNetworkAsync(owner);
        var elsewhere = await app.CreateNetworkAsync(await app.CreateOrganisationAsync());
        var word = Word();
        var uid = await app.CreateCaseAsync(owner, "Pilot " + word, "Body " + word);
        var ownerAdmin = await app.SignInAsAsync(Role.OrganisationAdministrator, owner);
        await ownerAdmin.PostFormAsync($"/Library/Item/{uid}?handler=Share", new() { ["visibility"] = "Public" }, $"/Library/Item/{uid}");
        var curatorUser = await app.CreateUserAsync(await app.CreateOrganisationAsync(), Role.Analyst);
        await app.WithScopeAsync(async (_, db) =>
        {
            db.LibraryCurators.Add(new LibraryCurator(elsewhere.Id, curatorUser.Id));
            await db.SaveChangesAsync();
            return 0;
        });
        var curator = await app.SignInAsync(curatorUser);

        Assert.DoesNotContain(uid, await curator.GetStringAsync("/Library/Curation"), StringComparison.Ordinal);
        var refused = await curator.PostFormAsync("/Library/Curation?handler=Sharing", new() { ["uid"] = uid, ["approve"] = "true" }, "/Library/Curation");
        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        await AssertInvisibleAsync(app.NewBrowser(), null, uid, word);
    }
}
