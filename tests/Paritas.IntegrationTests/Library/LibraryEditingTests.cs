using System.Net;
using Paritas.Web.Features.Accounts;
using Paritas.Web.Features.Library;

namespace Paritas.IntegrationTests.Library;

/// <summary>Writing cases, adding a linked translation, and the history of who changed what.</summary>
public sealed class LibraryEditingTests(LibraryFactory app) : IClassFixture<LibraryFactory>
{
    [Fact]
    public async Task A_representative_writes_a_private_case_adds_a_French_version_and_the_history_names_both_edits()
    {
        var org = await app.CreateOrganisationAsync();
        var rep = await app.SignInAsAsync(Role.EmployerRepresentative, org);

        var created = await rep.PostFormAsync("/Library/Edit?kind=PracticeCase", new()
        {
            ["kind"] = "PracticeCase",
            ["Form.Language"] = "en",
            ["Form.Title"] = "Tablets for home-care visits",
            ["Form.Summary"] = "Care workers chose the tablets.",
            ["Form.Body"] = "The **home-care** service piloted tablets with the workers' representatives.",
            ["Form.Country"] = "se",
            ["Form.Outcome"] = "Mixed",
            ["Form.Mechanisms"] = "WorkerConsultation",
            ["Form.Sources"] = "Pilot report | Our municipality | 2024 | https://example.org/report",
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var location = created.Headers.Location!.OriginalString;
        var uid = location.Split('/')[3].Split('?')[0];
        Assert.Equal(HttpStatusCode.NotFound, (await app.NewBrowser().GetAsync($"/Library/Item/{uid}")).StatusCode);

        var translated = await rep.PostFormAsync($"/Library/Edit?uid={uid}", new()
        {
            ["kind"] = "PracticeCase",
            ["Form.Language"] = "fr",
            ["Form.Title"] = "Des tablettes pour les soins à domicile",
            ["Form.Body"] = "Le service de soins à domicile a testé des tablettes avec les représentants du personnel.",
            ["Form.Country"] = "SE",
            ["Form.Outcome"] = "Mixed",
            ["Form.Mechanisms"] = "WorkerConsultation",
            ["Form.Sources"] = "Pilot report | Our municipality | 2024 | https://example.org/report",
        }, $"/Library/Edit?uid={uid}&lang=fr");
        Assert.Equal(HttpStatusCode.Redirect, translated.StatusCode);

        var french = await rep.GetStringAsync($"/Library/Item/{uid}?lang=fr");
        Assert.Contains("Des tablettes pour les soins à domicile", french, StringComparison.Ordinal);
        Assert.Contains("You are reading a translation; the original is in English.", french, StringComparison.Ordinal);
        Assert.Contains(uid, await rep.GetStringAsync("/Library?q=tablette"), StringComparison.Ordinal);

        var history = await rep.GetStringAsync($"/Library/History/{uid}");
        Assert.Contains("fr: new language version", history, StringComparison.Ordinal);
        Assert.Contains("Created", history, StringComparison.Ordinal);
        Assert.Contains("Test u", history, StringComparison.Ordinal);
        var item = await app.WithScopeAsync((_, db) => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(db.LibraryItems.Where(i => i.Uid == uid)));
        Assert.Equal(2, item.Version);
        Assert.Equal(org.Id, item.OwnerOrganisationId);
        Assert.Equal(LibraryVisibility.Private, item.Visibility);
        Assert.Equal("SE", item.CountryCode);
    }

    [Fact]
    public async Task A_viewer_cannot_write_and_another_organisation_cannot_edit()
    {
        var org = await app.CreateOrganisationAsync();
        var uid = await app.CreateCaseAsync(org, "Ours", "Body", LibraryVisibility.Public);
        var viewer = await app.SignInAsAsync(Role.Viewer, org);
        var stranger = await app.SignInAsAsync(Role.OrganisationAdministrator, await app.CreateOrganisationAsync());

        Assert.NotEqual(HttpStatusCode.OK, (await viewer.GetAsync("/Library/Edit?kind=PracticeCase")).StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, (await stranger.GetAsync($"/Library/Edit?uid={uid}")).StatusCode);
        Assert.DoesNotContain("handler=Share", await stranger.GetStringAsync($"/Library/Item/{uid}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_platform_administrator_appoints_a_network_curator()
    {
        var org = await app.CreateOrganisationAsync();
        var network = await app.CreateNetworkAsync(org);
        var curator = await app.CreateUserAsync(org, Role.Analyst);
        var admin = await app.SignInAsync(await app.CreateUserAsync(null, null, platformAdministrator: true));

        var response = await admin.PostFormAsync("/Library/Curation?handler=Appoint", new() { ["Form.NetworkId"] = network.Id.ToString(), ["Form.Email"] = curator.Email }, "/Library/Curation");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(1, await app.CountAsync(db => db.LibraryCurators.Where(c => c.NetworkId == network.Id && c.UserId == curator.Id)));
        var unknown = await admin.PostFormAsync("/Library/Curation?handler=Appoint", new() { ["Form.NetworkId"] = network.Id.ToString(), ["Form.Email"] = "nobody@example.org" }, "/Library/Curation");
        Assert.Contains("No account has this e-mail address.", await unknown.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
