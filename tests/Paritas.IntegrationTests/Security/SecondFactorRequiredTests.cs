using System.Net;
using Paritas.Web.Features.Accounts;

namespace Paritas.IntegrationTests.Security;

/// <summary>ASVS 2.7/4.3.1: a role that sees worker aggregates cannot be used before a second factor is set up.</summary>
public sealed class SecondFactorRequiredTests(ParitasFactory app) : IClassFixture<ParitasFactory>
{
    // Pages a person without a second factor may still open: setting one up, signing out, and pages anyone may read.
    private static readonly string[] StillOpen =
    [
        SecondFactorEnrolment.SetupPath, "/Account/SignOut", "/Culture", "/Error", "/Accessibility", "/Privacy",
    ];

    [Fact]
    public async Task Every_page_sends_a_person_without_a_second_factor_to_set_one_up()
    {
        var org = await app.CreateOrganisationAsync();
        var user = await app.CreateUserAsync(org, Role.OrganisationAdministrator, withAuthenticator: false);
        var browser = await app.SignInAsync(user);
        var pages = RouteCatalogue.PageUrls(app.Services, Guid.NewGuid().ToString("D"))
            .Where(p => !StillOpen.Any(s => p.StartsWith(s, StringComparison.OrdinalIgnoreCase)))
            .ToList();
        Assert.Contains("/Start", pages);

        foreach (var page in pages)
        {
            var response = await browser.GetAsync(page);
            Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{page} answered {(int)response.StatusCode}");
            Assert.Equal(SecondFactorEnrolment.SetupPath, response.Headers.Location!.OriginalString);
        }

        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync(SecondFactorEnrolment.SetupPath)).StatusCode);
    }

    [Fact]
    public async Task The_API_answers_403_to_a_person_without_a_second_factor_by_cookie_or_by_token()
    {
        var org = await app.CreateOrganisationAsync();
        var user = await app.CreateUserAsync(org, Role.EmployerRepresentative, withAuthenticator: false);
        var browser = await app.SignInAsync(user);
        var api = app.ApiClient(await app.CreateTokenAsync(user, org));

        Assert.Equal(HttpStatusCode.Forbidden, (await browser.GetAsync("/api/v1/me")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await api.GetAsync("/api/v1/me")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await api.GetAsync("/api/v1/organisation")).StatusCode);
    }

    [Fact]
    public async Task A_viewer_needs_no_second_factor()
    {
        var org = await app.CreateOrganisationAsync();
        var browser = await app.SignInAsync(await app.CreateUserAsync(org, Role.Viewer, withAuthenticator: false));

        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/Start")).StatusCode);
    }
}
