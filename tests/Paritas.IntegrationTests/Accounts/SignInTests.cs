using System.Net;
using Paritas.Web.Features.Accounts;

namespace Paritas.IntegrationTests.Accounts;

public sealed class SignInTests(ParitasFactory app) : IClassFixture<ParitasFactory>
{
    [Fact]
    public async Task A_person_with_an_authenticator_signs_in_with_password_and_code_and_sees_their_start_page()
    {
        var org = await app.CreateOrganisationAsync("Fjordby");
        var browser = await app.SignInAsAsync(Role.EmployerRepresentative, org);

        var start = await browser.GetAsync("/Start");

        Assert.Equal(HttpStatusCode.OK, start.StatusCode);
        var html = await start.Content.ReadAsStringAsync();
        Assert.Contains("Fjordby", html, StringComparison.Ordinal);
        Assert.Contains("Start page for the employer representative", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_password_gives_the_same_message_as_an_unknown_address()
    {
        var org = await app.CreateOrganisationAsync();
        var user = await app.CreateUserAsync(org, Role.Viewer);

        var wrong = await (await app.NewBrowser().PostFormAsync("/Account/SignIn", new() { ["Form.Email"] = user.Email, ["Form.Password"] = "not the password at all" })).Content.ReadAsStringAsync();
        var unknown = await (await app.NewBrowser().PostFormAsync("/Account/SignIn", new() { ["Form.Email"] = "nobody@example.org", ["Form.Password"] = "not the password at all" })).Content.ReadAsStringAsync();

        Assert.Contains("The e-mail address or password is not right.", wrong, StringComparison.Ordinal);
        Assert.Contains("The e-mail address or password is not right.", unknown, StringComparison.Ordinal);
    }
}
