using System.Net;
using Paritas.Web.Features.Accounts;

namespace Paritas.IntegrationTests.Administration;

public sealed class AdministrationAccessTests(ParitasFactory app) : IClassFixture<ParitasFactory>
{
    public static TheoryData<Role> OrganisationRoles => [.. Enum.GetValues<Role>()];

    [Theory]
    [MemberData(nameof(OrganisationRoles))]
    public async Task Administration_pages_are_forbidden_to_every_organisation_role(Role role)
    {
        var org = await app.CreateOrganisationAsync();
        var browser = await app.SignInAsAsync(role, org);

        foreach (var page in new[] { "/Admin", "/Admin/Countries", "/Admin/Networks", "/Admin/Organisations", "/Admin/Organisations/Create", $"/Admin/Organisations/Details?id={org.Id}" })
        {
            var response = await browser.GetAsync(page);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal("/Account/Denied", response.Headers.Location!.PathIn());
        }
    }

    [Fact]
    public async Task An_organisation_administrator_cannot_create_an_organisation_or_send_an_invitation_by_posting()
    {
        var org = await app.CreateOrganisationAsync();
        var browser = await app.SignInAsAsync(Role.OrganisationAdministrator, org);
        var before = await app.CountAsync(db => db.Organisations);

        var create = await browser.PostFormAsync(
            "/Admin/Organisations/Create",
            new() { ["Form.Name"] = "Sneaky", ["Form.Slug"] = "sneaky-" + Guid.NewGuid().ToString("N")[..6], ["Form.CountryCode"] = "NO" },
            pageUrl: "/Account/Tokens");
        var invite = await browser.PostFormAsync(
            $"/Admin/Organisations/Details?id={org.Id}&handler=Invite",
            new() { ["Form.Email"] = "friend@example.org" },
            pageUrl: "/Account/Tokens");

        Assert.Equal(HttpStatusCode.Redirect, create.StatusCode);
        Assert.Equal("/Account/Denied", create.Headers.Location!.PathIn());
        Assert.Equal(HttpStatusCode.Redirect, invite.StatusCode);
        Assert.Equal("/Account/Denied", invite.Headers.Location!.PathIn());
        Assert.Equal(before, await app.CountAsync(db => db.Organisations));
        Assert.Equal(0, await app.CountAsync(db => db.Invitations.Where(i => i.OrganisationId == org.Id)));
    }

    [Fact]
    public async Task Someone_not_signed_in_is_sent_to_sign_in()
    {
        var response = await app.NewBrowser().GetAsync("/Admin/Organisations");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Account/SignIn", response.Headers.Location!.PathIn());
    }

    [Fact]
    public async Task A_platform_administrator_sees_the_overview_with_counts()
    {
        var org = await app.CreateOrganisationAsync("Overview municipality");
        var browser = await app.SignInAsync(await app.CreateUserAsync(null, null, platformAdministrator: true));

        var overview = await browser.GetAsync("/Admin");
        var list = await browser.GetAsync("/Admin/Organisations");

        Assert.Equal(HttpStatusCode.OK, overview.StatusCode);
        var organisations = await app.CountAsync(db => db.Organisations);
        Assert.Contains($"data-testid=\"count-organisations\">{organisations:N0}<", await overview.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains(org.Name, await list.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}

internal static class RedirectPaths
{
    /// <summary>The path a redirect leads to, whether the application wrote it relative or absolute.</summary>
    public static string PathIn(this Uri location) => new Uri(new Uri("https://localhost"), location).AbsolutePath;
}
