using System.Net;
using Paritas.Web.Features.Accounts;

namespace Paritas.IntegrationTests.Security;

/// <summary>ASVS 2.8: a time-based code is used once and only within its own step.</summary>
public sealed class SingleUseTotpTests(ParitasFactory app) : IClassFixture<ParitasFactory>
{
    private const string Refused = "The code is not right, or was used already.";

    [Fact]
    public async Task A_code_replayed_within_its_step_is_refused()
    {
        var org = await app.CreateOrganisationAsync();
        var user = await app.CreateUserAsync(org, Role.EmployerRepresentative);
        var code = app.NextCode(user);

        var first = await PasswordThenCodeAsync(user, code);
        var replay = await PasswordThenCodeAsync(user, code);

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, replay.StatusCode);
        Assert.Contains(Refused, await replay.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain(SignInSteps.SetCookiesOf(replay), c => c.StartsWith(SignInSteps.SessionCookie + "=", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_code_two_steps_old_is_refused()
    {
        var org = await app.CreateOrganisationAsync();
        var user = await app.CreateUserAsync(org, Role.EmployerRepresentative);
        app.Clock.Advance(TimeSpan.FromMinutes(5));
        var stale = Totp.Code(Base32.Decode(user.AuthenticatorKey!), Totp.StepAt(app.Clock.GetUtcNow()) - 2);

        var response = await PasswordThenCodeAsync(user, stale);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(Refused, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_next_step_s_code_is_accepted_after_one_was_used()
    {
        var org = await app.CreateOrganisationAsync();
        var user = await app.CreateUserAsync(org, Role.EmployerRepresentative);

        Assert.Equal(HttpStatusCode.Redirect, (await PasswordThenCodeAsync(user, app.NextCode(user))).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await PasswordThenCodeAsync(user, app.NextCode(user))).StatusCode);
    }

    private async Task<HttpResponseMessage> PasswordThenCodeAsync(TestUser user, string code)
    {
        var browser = app.NewBrowser();
        var password = await browser.PostFormAsync("/Account/SignIn", new() { ["Form.Email"] = user.Email, ["Form.Password"] = user.Password });
        Assert.StartsWith("/Account/SecondFactor", password.Headers.Location!.OriginalString, StringComparison.Ordinal);
        return await browser.PostFormAsync("/Account/SecondFactor", new() { ["Form.Code"] = code });
    }
}
