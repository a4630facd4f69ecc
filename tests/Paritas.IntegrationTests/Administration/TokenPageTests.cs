using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Paritas.Web.Features.Accounts;

namespace Paritas.IntegrationTests.Administration;

public sealed partial class TokenPageTests(ParitasFactory app) : IClassFixture<ParitasFactory>
{
    [Fact]
    public async Task A_token_made_on_the_page_works_against_the_api_until_it_is_revoked()
    {
        var org = await app.CreateOrganisationAsync();
        var browser = await app.SignInAsAsync(Role.EmployerRepresentative, org);

        var created = await browser.PostFormAsync("/Account/Tokens", new() { ["Form.Name"] = "HR export script", ["Form.Days"] = "30" });
        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        Assert.Contains("no-store", created.Headers.CacheControl?.ToString() ?? "", StringComparison.Ordinal);
        var html = await created.Content.ReadAsStringAsync();
        Assert.Contains("Copy it now: it will not be shown again.", html, StringComparison.Ordinal);
        var token = NewToken().Match(html).Groups[1].Value;
        Assert.StartsWith(AccessTokens.ApiPrefix, token, StringComparison.Ordinal);

        var api = app.ApiClient(token);
        var me = await api.GetAsync("/api/v1/me");
        Assert.Equal(HttpStatusCode.OK, me.StatusCode);
        Assert.Contains(org.Slug, await me.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var list = await (await browser.GetAsync("/Account/Tokens")).Content.ReadAsStringAsync();
        Assert.Contains("HR export script", list, StringComparison.Ordinal);
        Assert.Contains(token[..8], list, StringComparison.Ordinal);
        Assert.DoesNotContain(token, list, StringComparison.Ordinal);

        var id = await app.WithScopeAsync((_, db) => db.PersonalAccessTokens.IgnoreQueryFilters().Where(t => t.SecretHash == AccessTokens.Hash(token)).Select(t => t.Id).SingleAsync());
        var revoked = await browser.PostFormAsync("/Account/Tokens?handler=Revoke", new() { ["id"] = id.ToString() }, pageUrl: "/Account/Tokens");

        Assert.Equal(HttpStatusCode.Redirect, revoked.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.GetAsync("/api/v1/me")).StatusCode);
        Assert.Contains("Revoked on", await (await browser.GetAsync("/Account/Tokens")).Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_persons_token_cannot_be_revoked_and_keeps_working()
    {
        var org = await app.CreateOrganisationAsync();
        var owner = await app.CreateUserAsync(org, Role.WorkersRepresentative);
        var theirs = await app.CreateTokenAsync(owner, org);
        var theirId = await app.WithScopeAsync((_, db) => db.PersonalAccessTokens.IgnoreQueryFilters().Where(t => t.UserId == owner.Id).Select(t => t.Id).SingleAsync());
        var browser = await app.SignInAsAsync(Role.OrganisationAdministrator, org);

        var response = await browser.PostFormAsync("/Account/Tokens?handler=Revoke", new() { ["id"] = theirId.ToString() }, pageUrl: "/Account/Tokens");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(0, await app.CountAsync(db => db.PersonalAccessTokens.Where(t => t.Id == theirId && t.RevokedAt != null)));
        Assert.Equal(HttpStatusCode.OK, (await app.ApiClient(theirs).GetAsync("/api/v1/me")).StatusCode);
        Assert.DoesNotContain(theirs[..8], await (await browser.GetAsync("/Account/Tokens")).Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_token_stops_working_when_it_expires()
    {
        var org = await app.CreateOrganisationAsync();
        var browser = await app.SignInAsAsync(Role.OshOfficer, org);
        var html = await (await browser.PostFormAsync("/Account/Tokens", new() { ["Form.Name"] = "short-lived", ["Form.Days"] = "1" })).Content.ReadAsStringAsync();
        var api = app.ApiClient(NewToken().Match(html).Groups[1].Value);
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/api/v1/me")).StatusCode);

        app.Clock.Advance(TimeSpan.FromDays(1) + TimeSpan.FromMinutes(1));

        Assert.Equal(HttpStatusCode.Unauthorized, (await api.GetAsync("/api/v1/me")).StatusCode);
    }

    [Theory]
    [InlineData("", "30", "Enter a name for the token.")]
    [InlineData("script", "0", "Enter a number of days from 1 to 366.")]
    [InlineData("script", "367", "Enter a number of days from 1 to 366.")]
    [InlineData("script", "soon", "is not valid.")]
    public async Task Bad_input_is_a_field_error_and_creates_no_token(string name, string days, string message)
    {
        var org = await app.CreateOrganisationAsync();
        var user = await app.CreateUserAsync(org, Role.Analyst);
        var browser = await app.SignInAsync(user);

        var response = await browser.PostFormAsync("/Account/Tokens", new() { ["Form.Name"] = name, ["Form.Days"] = days });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains(message, html, StringComparison.Ordinal);
        Assert.DoesNotMatch(NewToken(), html);
        Assert.Equal(0, await app.CountAsync(db => db.PersonalAccessTokens.Where(t => t.UserId == user.Id)));
    }

    [Fact]
    public async Task The_page_is_for_signed_in_members_only()
    {
        var response = await app.NewBrowser().GetAsync("/Account/Tokens");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/Account/SignIn", response.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    [GeneratedRegex("data-testid=\"new-token\">([^<]+)<")]
    private static partial Regex NewToken();
}
