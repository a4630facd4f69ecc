using Microsoft.AspNetCore.Mvc.Testing;
using Paritas.Web.Features.Accounts;

namespace Paritas.IntegrationTests.Security;

/// <summary>ASVS 14.4: headers that keep pages from being framed, sniffed, leaked or cached.</summary>
public sealed class SecurityHeaderTests(ParitasFactory app) : IClassFixture<ParitasFactory>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/Account/SignIn")]
    [InlineData("/no-such-page")]
    [InlineData("/api/v1/me")]
    public async Task Every_response_carries_the_security_headers(string url)
    {
        var response = await app.NewBrowser().GetAsync(url);

        var csp = Header(response, "Content-Security-Policy");
        var directives = csp.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var scripts = directives.Single(d => d.StartsWith("script-src ", StringComparison.Ordinal));
        Assert.DoesNotContain("'unsafe-inline'", scripts, StringComparison.Ordinal);
        Assert.DoesNotContain("'unsafe-eval'", scripts, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", directives);
        Assert.Contains("object-src 'none'", directives);
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("DENY", Header(response, "X-Frame-Options"));
        Assert.Contains(Header(response, "Referrer-Policy"), new[] { "no-referrer", "same-origin", "strict-origin", "strict-origin-when-cross-origin" });
    }

    [Fact]
    public async Task Authenticated_pages_are_never_cached()
    {
        var org = await app.CreateOrganisationAsync();
        var browser = await app.SignInAsAsync(Role.EmployerRepresentative, org);

        foreach (var url in new[] { "/Start", "/Account/SetupAuthenticator", "/Account/SignOut" })
        {
            var response = await browser.GetAsync(url);
            Assert.Contains("no-store", response.Headers.CacheControl?.ToString() ?? "", StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task HTTPS_responses_outside_development_carry_Strict_Transport_Security()
    {
        // HSTS is never sent for localhost, so ask as the public host name would.
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://paritas.example.org"), AllowAutoRedirect = false });

        var response = await client.GetAsync("/Account/SignIn");

        var hsts = Header(response, "Strict-Transport-Security");
        Assert.Contains("max-age=31536000", hsts, StringComparison.Ordinal);
        Assert.Contains("includeSubDomains", hsts, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Plain_HTTP_responses_carry_no_Strict_Transport_Security()
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://paritas.example.org"), AllowAutoRedirect = false });

        var response = await client.GetAsync("/Account/SignIn");

        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
    }

    private static string Header(HttpResponseMessage response, string name)
        => response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(",", values)
            : throw new Xunit.Sdk.XunitException($"{name} is missing from {response.RequestMessage?.RequestUri}.");
}
