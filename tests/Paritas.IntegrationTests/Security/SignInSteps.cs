using System.Net;
using Paritas.Web.Features.Accounts;

namespace Paritas.IntegrationTests.Security;

/// <summary>The sign-in steps spelled out, for tests that need to see the cookies a sign-in sets.</summary>
internal static class SignInSteps
{
    public const string SessionCookie = "__Host-paritas";

    /// <summary>Signs in through the pages and returns the browser and every Set-Cookie header of the final step.</summary>
    public static async Task<(HttpClient Browser, IReadOnlyList<string> SetCookies)> SignInAsync(ParitasFactory app, TestUser user)
    {
        var browser = app.NewBrowser();
        var response = await browser.PostFormAsync("/Account/SignIn", new() { ["Form.Email"] = user.Email, ["Form.Password"] = user.Password });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        if (user.AuthenticatorKey is not null)
        {
            response = await browser.PostFormAsync("/Account/SecondFactor", new() { ["Form.Code"] = app.NextCode(user) });
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        }

        return (browser, SetCookiesOf(response));
    }

    public static IReadOnlyList<string> SetCookiesOf(HttpResponseMessage response)
        => response.Headers.TryGetValues("Set-Cookie", out var values) ? [.. values] : [];

    /// <summary>The "name=value" pair of the session cookie, as a browser would send it back.</summary>
    public static string SessionCookiePair(IReadOnlyList<string> setCookies)
        => setCookies.Select(c => c.Split(';')[0]).Single(c => c.StartsWith(SessionCookie + "=", StringComparison.Ordinal));

    /// <summary>A client that sends exactly the cookie given and keeps none of its own.</summary>
    public static HttpClient ClientWithCookie(ParitasFactory app, string cookiePair)
    {
        var client = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions
        {
            BaseAddress = new Uri("https://localhost"),
            AllowAutoRedirect = false,
            HandleCookies = false,
        });
        client.DefaultRequestHeaders.Add("Cookie", cookiePair);
        return client;
    }

    public static bool RedirectsToSignIn(HttpResponseMessage response)
        => response.StatusCode == HttpStatusCode.Redirect
           && response.Headers.Location!.OriginalString.Contains("/Account/SignIn", StringComparison.OrdinalIgnoreCase);

    public static string Heading(Role role) => "Start page for the " + RoleNames.Of(role).ToLowerInvariant();
}
