using System.Net;
using Paritas.Web.Features.Accounts;

namespace Paritas.IntegrationTests.Units;

/// <summary>Only the organisation administrator reaches the unit pages.</summary>
public sealed class UnitAccessTests(ParitasFactory app) : IClassFixture<ParitasFactory>
{
    [Theory]
    [InlineData(Role.WorkersRepresentative, "/Organisation/Units")]
    [InlineData(Role.DigitalAgent, "/Organisation/Units/Create")]
    [InlineData(Role.EmployerRepresentative, "/Organisation/Units/Import")]
    public async Task A_role_other_than_the_administrator_is_sent_to_the_denied_page(Role role, string url)
    {
        var org = await app.CreateOrganisationAsync();
        var browser = await app.SignInAsAsync(role, org);

        var response = await browser.GetAsync(url);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/Denied", response.Headers.Location!.PathAndQuery(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_person_who_is_not_signed_in_is_sent_to_sign_in()
    {
        var response = await app.NewBrowser().GetAsync("/Organisation/Units");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/SignIn", response.Headers.Location!.PathAndQuery(), StringComparison.Ordinal);
    }
}

internal static class UriPaths
{
    public static string PathAndQuery(this Uri uri) => uri.IsAbsoluteUri ? uri.PathAndQuery : uri.OriginalString;
}
