using System.Net;

namespace Paritas.IntegrationTests.Security;

/// <summary>ASVS 2.2.1: sign-in attempts from one client are limited per minute.</summary>
public sealed class SignInRateLimitTests(SignInRateLimitTests.LowLimitFactory app) : IClassFixture<SignInRateLimitTests.LowLimitFactory>
{
    [Fact]
    public async Task The_fourth_sign_in_attempt_within_a_minute_is_answered_with_429()
    {
        // Someone must exist, or the sign-in page leads to the first-run set-up instead.
        await app.CreateUserAsync(null, null);
        var browser = app.NewBrowser();
        var statuses = new List<HttpStatusCode>();
        for (var attempt = 1; attempt <= 4; attempt++)
        {
            var response = await browser.PostFormAsync("/Account/SignIn", new() { ["Form.Email"] = "nobody@example.org", ["Form.Password"] = $"wrong password {attempt}" });
            statuses.Add(response.StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, (HttpStatusCode)429], statuses);
    }

    public sealed class LowLimitFactory : ParitasFactory
    {
        protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?> { ["Accounts:SignInAttemptsPerMinute"] = "3" };
    }
}
