using System.Net;

namespace Paritas.IntegrationTests.Administration;

/// <summary>People exist (added from the command line) but no platform administrator: nobody is redirected.</summary>
public sealed class SetupWithPeopleTests(ParitasFactory app) : IClassFixture<ParitasFactory>
{
    [Fact]
    public async Task Sign_in_is_not_redirected_when_people_exist_but_setup_stays_open_until_an_administrator_exists()
    {
        var org = await app.CreateOrganisationAsync();
        await app.CreateUserAsync(org, Paritas.Web.Features.Accounts.Role.Viewer, withAuthenticator: false);
        var browser = app.NewBrowser();

        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/Account/SignIn")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/Setup")).StatusCode);
    }
}
