using System.Net;
using Paritas.Web.Features.Accounts;

namespace Paritas.IntegrationTests.Security;

/// <summary>ASVS 2.2.1: repeated failures lock the account.</summary>
public sealed class LockoutTests(ParitasFactory app) : IClassFixture<ParitasFactory>
{
    private const string LockedMessage = "Too many failed attempts. This account is locked for a few minutes.";

    [Fact]
    public async Task After_five_failed_sign_ins_the_right_password_is_refused_with_the_lockout_message()
    {
        var org = await app.CreateOrganisationAsync();
        var user = await app.CreateUserAsync(org, Role.Viewer, withAuthenticator: false);

        for (var attempt = 1; attempt <= 5; attempt++)
        {
            var wrong = await app.NewBrowser().PostFormAsync("/Account/SignIn", new() { ["Form.Email"] = user.Email, ["Form.Password"] = $"not the password {attempt}" });
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        }

        var browser = app.NewBrowser();
        var right = await browser.PostFormAsync("/Account/SignIn", new() { ["Form.Email"] = user.Email, ["Form.Password"] = user.Password });

        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Contains(LockedMessage, await right.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain(SignInSteps.SetCookiesOf(right), c => c.StartsWith(SignInSteps.SessionCookie + "=", StringComparison.Ordinal));
        Assert.True(SignInSteps.RedirectsToSignIn(await browser.GetAsync("/Start")));
    }

    [Fact]
    public async Task Four_failures_do_not_lock_the_account()
    {
        var org = await app.CreateOrganisationAsync();
        var user = await app.CreateUserAsync(org, Role.Viewer, withAuthenticator: false);

        for (var attempt = 1; attempt <= 4; attempt++)
        {
            await app.NewBrowser().PostFormAsync("/Account/SignIn", new() { ["Form.Email"] = user.Email, ["Form.Password"] = $"not the password {attempt}" });
        }

        var right = await app.NewBrowser().PostFormAsync("/Account/SignIn", new() { ["Form.Email"] = user.Email, ["Form.Password"] = user.Password });

        Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
    }
}
