using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Paritas.Web.Features.Shared;

namespace Paritas.UnitTests.Shared;

public sealed class SiteLinksTests
{
    [Fact]
    public void A_configured_site_address_wins_over_a_forged_host_header()
    {
        var links = Links("https://paritas.example.org/", "evil.example");

        Assert.Equal("https://paritas.example.org/Account/AcceptInvitation?code=x", links.Absolute("/Account/AcceptInvitation?code=x"));
    }

    [Fact]
    public void Without_a_configured_address_the_request_host_is_used_over_https()
    {
        var links = Links(null, "127.0.0.1:5080");

        Assert.Equal("https://127.0.0.1:5080/Changes", links.Absolute("Changes"));
    }

    [Fact]
    public void A_background_job_without_a_request_or_an_address_links_to_localhost()
    {
        var links = new SiteLinks(Options.Create(new SiteOptions()), new HttpContextAccessor());

        Assert.Equal("https://localhost/Changes", links.Absolute("/Changes"));
    }

    private static SiteLinks Links(string? address, string host)
    {
        var context = new DefaultHttpContext();
        context.Request.Host = new HostString(host);
        return new SiteLinks(Options.Create(new SiteOptions { Address = address }), new HttpContextAccessor { HttpContext = context });
    }
}
