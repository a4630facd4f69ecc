using System.Net;

namespace Paritas.IntegrationTests.Administration;

/// <summary>Once a platform administrator exists, set-up is not found, for reading and for posting.</summary>
public sealed class SetupRefusedTests(ParitasFactory app) : IClassFixture<ParitasFactory>
{
    [Fact]
    public async Task Setup_is_not_found_and_creates_nobody_once_a_platform_administrator_exists()
    {
        await app.CreateUserAsync(null, null, platformAdministrator: true);
        var browser = app.NewBrowser();

        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync("/Setup")).StatusCode);
        var post = await browser.PostFormAsync(
            "/Setup",
            new()
            {
                ["Form.Name"] = "Mallory",
                ["Form.Email"] = "mallory@example.org",
                ["Form.Password"] = "a long enough passphrase",
                ["Form.ConfirmPassword"] = "a long enough passphrase",
            },
            pageUrl: "/Account/SignIn");

        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        Assert.Equal(1, await app.CountAsync(db => db.Users));
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/")).StatusCode);
    }
}
