using System.Net;
using Microsoft.EntityFrameworkCore;
using Paritas.Web.Features.Accounts;

namespace Paritas.IntegrationTests.Security;

/// <summary>ASVS 4.2.2/13.2.3: a form post without its antiforgery token is refused and changes nothing.</summary>
public sealed class AntiforgeryTests(ParitasFactory app) : IClassFixture<ParitasFactory>
{
    [Fact]
    public async Task Signing_out_without_the_token_is_refused_and_the_session_stays()
    {
        var org = await app.CreateOrganisationAsync();
        var browser = await app.SignInAsAsync(Role.EmployerRepresentative, org);

        var response = await browser.PostAsync("/Account/SignOut", new FormUrlEncodedContent([]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/Start")).StatusCode);
    }

    [Fact]
    public async Task Changing_language_without_the_token_is_refused_and_the_preference_stays()
    {
        var org = await app.CreateOrganisationAsync();
        var user = await app.CreateUserAsync(org, Role.EmployerRepresentative);
        var browser = await app.SignInAsync(user);

        var response = await browser.PostAsync("/Culture", new FormUrlEncodedContent(new Dictionary<string, string> { ["culture"] = "de", ["returnUrl"] = "/Start" }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(await app.WithScopeAsync((_, db) => db.Users.Where(u => u.Id == user.Id).Select(u => u.PreferredCulture).SingleAsync()));
    }

    [Fact]
    public async Task Signing_in_without_the_token_is_refused_and_counts_no_attempt()
    {
        var org = await app.CreateOrganisationAsync();
        var user = await app.CreateUserAsync(org, Role.Viewer, withAuthenticator: false);
        var browser = app.NewBrowser();

        var response = await browser.PostAsync("/Account/SignIn", new FormUrlEncodedContent(new Dictionary<string, string> { ["Form.Email"] = user.Email, ["Form.Password"] = "a wrong password" }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(0, await app.WithScopeAsync((_, db) => db.Users.Where(u => u.Id == user.Id).Select(u => u.AccessFailedCount).SingleAsync()));
    }

    [Fact]
    public async Task A_token_from_another_browser_is_refused()
    {
        var org = await app.CreateOrganisationAsync();
        var victim = await app.SignInAsAsync(Role.EmployerRepresentative, org);
        var attackerPage = await (await app.NewBrowser().GetAsync("/Account/SignIn")).Content.ReadAsStringAsync();
        var token = BrowserExtensions.AntiforgeryToken(attackerPage);

        var response = await victim.PostAsync("/Account/SignOut", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await victim.GetAsync("/Start")).StatusCode);
    }
}
