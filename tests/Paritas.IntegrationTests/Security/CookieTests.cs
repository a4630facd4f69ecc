using Paritas.Web.Features.Accounts;

namespace Paritas.IntegrationTests.Security;

/// <summary>ASVS 3.4: cookies are __Host- prefixed, Secure, HttpOnly, SameSite and bound to the host.</summary>
public sealed class CookieTests(ParitasFactory app) : IClassFixture<ParitasFactory>
{
    [Fact]
    public async Task The_session_cookie_is_host_bound_secure_http_only_and_strictly_same_site()
    {
        var org = await app.CreateOrganisationAsync();
        var (_, cookies) = await SignInSteps.SignInAsync(app, await app.CreateUserAsync(org, Role.EmployerRepresentative));

        AssertHardened(Single(cookies, "__Host-paritas"), sameSite: "strict");
    }

    [Fact]
    public async Task The_pending_second_factor_cookie_is_hardened_too()
    {
        var org = await app.CreateOrganisationAsync();
        var user = await app.CreateUserAsync(org, Role.EmployerRepresentative);

        var response = await app.NewBrowser().PostFormAsync("/Account/SignIn", new() { ["Form.Email"] = user.Email, ["Form.Password"] = user.Password });

        AssertHardened(Single(SignInSteps.SetCookiesOf(response), "__Host-paritas-2fa"), sameSite: "strict");
    }

    [Fact]
    public async Task The_antiforgery_cookie_is_host_bound_secure_http_only_and_strictly_same_site()
    {
        // Someone must exist, or a brand-new installation sends the sign-in page on to /Setup.
        await app.CreateUserAsync(await app.CreateOrganisationAsync(), Role.Viewer);
        var response = await app.NewBrowser().GetAsync("/Account/SignIn");

        AssertHardened(Single(SignInSteps.SetCookiesOf(response), "__Host-paritas-af"), sameSite: "strict");
    }

    [Fact]
    public async Task The_language_cookie_is_host_bound_and_secure()
    {
        var response = await app.NewBrowser().PostFormAsync("/Culture", new() { ["culture"] = "nb", ["returnUrl"] = "/" }, pageUrl: "/Accessibility");

        AssertHardened(Single(SignInSteps.SetCookiesOf(response), "__Host-paritas-lang"), sameSite: "lax");
    }

    private static string Single(IReadOnlyList<string> setCookies, string name)
    {
        var matching = setCookies.Where(c => c.StartsWith(name + "=", StringComparison.Ordinal)).ToList();
        Assert.True(matching.Count == 1, $"Expected one Set-Cookie for {name}, got: {string.Join(" || ", setCookies)}");
        return matching[0];
    }

    private static void AssertHardened(string setCookie, string sameSite)
    {
        var attributes = setCookie.Split(';').Skip(1).Select(a => a.Trim().ToLowerInvariant()).ToList();
        Assert.StartsWith("__Host-", setCookie, StringComparison.Ordinal);
        Assert.Contains("secure", attributes);
        Assert.Contains("httponly", attributes);
        Assert.Contains("path=/", attributes);
        Assert.Contains("samesite=" + sameSite, attributes);
        Assert.DoesNotContain(attributes, a => a.StartsWith("domain", StringComparison.Ordinal));
    }
}
