using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Paritas.Web.Features.Accounts;

namespace Paritas.IntegrationTests.Accounts;

/// <summary>The forms in the page header (sign out, language) post with their own antiforgery token.</summary>
public sealed partial class LayoutFormTests(ParitasFactory app) : IClassFixture<ParitasFactory>
{
    [Fact]
    public async Task The_sign_out_button_in_the_header_ends_the_session()
    {
        var org = await app.CreateOrganisationAsync();
        var browser = await app.SignInAsAsync(Role.Viewer, org);
        var token = TokenOf(await browser.GetStringAsync("/Start"), "/Account/SignOut");

        var response = await browser.PostAsync("/Account/SignOut", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.GetAsync("/Start")).StatusCode);
    }

    [Fact]
    public async Task The_language_switcher_in_the_header_remembers_the_choice()
    {
        var browser = app.NewBrowser();
        var token = TokenOf(await browser.GetStringAsync("/Accessibility"), "/Culture");

        var response = await browser.PostAsync("/Culture", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["culture"] = "sv",
            ["returnUrl"] = "/Accessibility",
        }));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("<html lang=\"sv\">", await browser.GetStringAsync("/Accessibility"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_api_token_records_the_day_it_was_last_used()
    {
        var org = await app.CreateOrganisationAsync();
        var user = await app.CreateUserAsync(org, Role.Analyst);
        var client = app.ApiClient(await app.CreateTokenAsync(user, org));

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/me")).StatusCode);

        var lastUsed = await app.WithScopeAsync((_, db) => db.PersonalAccessTokens.IgnoreQueryFilters().Where(t => t.UserId == user.Id).Select(t => t.LastUsedOn).SingleAsync());
        Assert.Equal(app.Clock.GetUtcNow().UtcDateTime.Date, lastUsed!.Value.UtcDateTime);
    }

    private static string TokenOf(string html, string action)
    {
        var form = Regex.Match(html, $"<form[^>]*action=\"{Regex.Escape(action)}\"[^>]*>(.*?)</form>", RegexOptions.Singleline);
        Assert.True(form.Success, $"No form posting to {action}.");
        var token = BrowserExtensions.AntiforgeryToken(form.Groups[1].Value);
        Assert.True(token.Length > 0, $"The form posting to {action} has no antiforgery token.");
        return token;
    }
}
