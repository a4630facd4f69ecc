using System.Net;
using Microsoft.EntityFrameworkCore;
using Paritas.Web.Features.Audit;

namespace Paritas.IntegrationTests.Administration;

/// <summary>A brand-new installation: nobody exists, so the home and sign-in pages lead to set-up.</summary>
public sealed class FirstRunSetupTests(ParitasFactory app) : IClassFixture<ParitasFactory>
{
    [Fact]
    public async Task The_first_visit_leads_to_setup_which_creates_an_administrator_who_must_then_set_up_an_authenticator()
    {
        var browser = app.NewBrowser();

        var home = await browser.GetAsync("/");
        var signIn = await browser.GetAsync("/Account/SignIn");
        Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);
        Assert.Equal("/Setup", home.Headers.Location!.OriginalString);
        Assert.Equal("/Setup", signIn.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/Setup")).StatusCode);

        var mismatch = await browser.PostFormAsync("/Setup", Form("Ada Admin", "ada@example.org", "a long enough passphrase", "another long passphrase"));
        Assert.Equal(HttpStatusCode.OK, mismatch.StatusCode);
        Assert.Contains("The two passwords are not the same.", await mismatch.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var common = await browser.PostFormAsync("/Setup", Form("Ada Admin", "ada@example.org", "password123", "password123"));
        Assert.Equal(HttpStatusCode.OK, common.StatusCode);
        Assert.Contains("This password is too common.", await common.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await app.CountAsync(db => db.Users));

        var created = await browser.PostFormAsync("/Setup", Form("Ada Admin", "ada@example.org", "a long enough passphrase", "a long enough passphrase"));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Equal("/Account/SetupAuthenticator", created.Headers.Location!.OriginalString);

        var admin = await app.WithScopeAsync((_, db) => db.Users.SingleAsync());
        Assert.True(admin.IsPlatformAdministrator);
        Assert.Equal("ada@example.org", admin.Email);
        Assert.Equal("Ada Admin", admin.DisplayName);
        Assert.Equal(1, await app.CountAsync(db => db.AuditEntries.Where(e => e.Action == AuditActions.AdministratorCreated && e.ActorUserId == admin.Id)));

        // Signed in, but a platform administrator can do nothing before the second factor is set up.
        var adminPage = await browser.GetAsync("/Admin");
        Assert.Equal(HttpStatusCode.Redirect, adminPage.StatusCode);
        Assert.Equal("/Account/SetupAuthenticator", adminPage.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/Account/SetupAuthenticator")).StatusCode);

        // Set-up is over: the home page is the home page again, and /Setup is gone for everyone.
        var stranger = app.NewBrowser();
        Assert.Equal(HttpStatusCode.OK, (await stranger.GetAsync("/")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await stranger.GetAsync("/Account/SignIn")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync("/Setup")).StatusCode);
    }

    private static Dictionary<string, string> Form(string name, string email, string password, string confirm) => new()
    {
        ["Form.Name"] = name,
        ["Form.Email"] = email,
        ["Form.Password"] = password,
        ["Form.ConfirmPassword"] = confirm,
    };
}
