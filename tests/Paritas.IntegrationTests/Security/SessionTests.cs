using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Paritas.Web.Features.Accounts;

namespace Paritas.IntegrationTests.Security;

/// <summary>ASVS 3.3 and 3.7: server-side sessions end for real, and access follows the database, not the cookie.</summary>
public sealed class SessionTests(ParitasFactory app) : IClassFixture<ParitasFactory>
{
    [Fact]
    public async Task After_sign_out_the_old_cookie_no_longer_works()
    {
        var org = await app.CreateOrganisationAsync();
        var user = await app.CreateUserAsync(org, Role.EmployerRepresentative);
        var (browser, cookies) = await SignInSteps.SignInAsync(app, user);
        var stolen = SignInSteps.ClientWithCookie(app, SignInSteps.SessionCookiePair(cookies));
        Assert.Equal(HttpStatusCode.OK, (await stolen.GetAsync("/Start")).StatusCode);

        var signOut = await browser.PostFormAsync("/Account/SignOut", []);

        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        Assert.True(SignInSteps.RedirectsToSignIn(await stolen.GetAsync("/Start")));
        Assert.True(SignInSteps.RedirectsToSignIn(await browser.GetAsync("/Start")));
    }

    [Fact]
    public async Task A_disabled_person_is_refused_at_once_even_before_their_sessions_are_ended()
    {
        var org = await app.CreateOrganisationAsync();
        var user = await app.CreateUserAsync(org, Role.EmployerRepresentative);
        var browser = await app.SignInAsync(user);
        var api = app.ApiClient(await app.CreateTokenAsync(user, org));
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/Start")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/api/v1/me")).StatusCode);

        await app.WithScopeAsync(async (_, db) =>
        {
            var entity = await db.Users.SingleAsync(u => u.Id == user.Id);
            entity.IsDisabled = true;
            return await db.SaveChangesAsync();
        });

        Assert.True(SignInSteps.RedirectsToSignIn(await browser.GetAsync("/Start")));
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.GetAsync("/api/v1/me")).StatusCode);
    }

    [Fact]
    public async Task Ending_all_sessions_of_a_person_signs_out_every_browser_they_use()
    {
        var org = await app.CreateOrganisationAsync();
        var user = await app.CreateUserAsync(org, Role.EmployerRepresentative);
        var laptop = await app.SignInAsync(user);
        var phone = await app.SignInAsync(user);

        await app.WithScopeAsync(async (services, _) =>
        {
            await services.GetRequiredService<SessionSignIn>().EndAllSessionsAsync(user.Id, default);
            return 0;
        });

        Assert.True(SignInSteps.RedirectsToSignIn(await laptop.GetAsync("/Start")));
        Assert.True(SignInSteps.RedirectsToSignIn(await phone.GetAsync("/Start")));
    }

    [Fact]
    public async Task A_role_change_applies_on_the_next_request()
    {
        var org = await app.CreateOrganisationAsync();
        var user = await app.CreateUserAsync(org, Role.OrganisationAdministrator);
        var browser = await app.SignInAsync(user);
        var api = app.ApiClient(await app.CreateTokenAsync(user, org));
        Assert.Contains(SignInSteps.Heading(Role.OrganisationAdministrator), await browser.GetStringAsync("/Start"), StringComparison.Ordinal);

        await app.WithScopeAsync(async (_, db) =>
        {
            var membership = await db.Memberships.IgnoreQueryFilters().SingleAsync(m => m.UserId == user.Id);
            membership.ChangeRole(Role.Viewer);
            return await db.SaveChangesAsync();
        });

        Assert.Contains(SignInSteps.Heading(Role.Viewer), await browser.GetStringAsync("/Start"), StringComparison.Ordinal);
        var me = await api.GetFromJsonAsync<Paritas.Web.Features.Api.ApiV1.MeResponse>("/api/v1/me");
        Assert.Equal(nameof(Role.Viewer), me!.Role);
    }

    [Fact]
    public async Task A_person_removed_from_the_organisation_loses_its_data_at_once()
    {
        var org = await app.CreateOrganisationAsync("Removed-from " + Guid.NewGuid().ToString("N")[..6]);
        var user = await app.CreateUserAsync(org, Role.EmployerRepresentative);
        var browser = await app.SignInAsync(user);
        var api = app.ApiClient(await app.CreateTokenAsync(user, org));
        Assert.Contains(org.Name, await browser.GetStringAsync("/Start"), StringComparison.Ordinal);

        await app.WithScopeAsync(async (_, db) =>
        {
            db.Memberships.Remove(await db.Memberships.IgnoreQueryFilters().SingleAsync(m => m.UserId == user.Id));
            return await db.SaveChangesAsync();
        });

        var start = await browser.GetAsync("/Start");
        Assert.DoesNotContain(org.Name, await start.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.GetAsync("/api/v1/me")).StatusCode);
    }
}
