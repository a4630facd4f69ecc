using System.Net;
using Microsoft.EntityFrameworkCore;
using Paritas.Web.Features.Organisations;

namespace Paritas.IntegrationTests.Administration;

public sealed class CountryAndNetworkTests(ParitasFactory app) : IClassFixture<ParitasFactory>
{
    [Fact]
    public async Task A_country_is_added_by_its_two_letter_code_in_capitals_and_renamed()
    {
        var browser = await app.SignInAsPlatformAdministratorAsync();

        var added = await browser.PostFormAsync("/Admin/Countries", new() { ["Form.Code"] = "is", ["Form.Name"] = "Island" });
        var renamed = await browser.PostFormAsync("/Admin/Countries/Edit?code=IS", new() { ["Form.Name"] = "Iceland" });

        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, renamed.StatusCode);
        var country = await app.WithScopeAsync((_, db) => db.Countries.AsNoTracking().SingleAsync(c => c.Code == "IS"));
        Assert.Equal("Iceland", country.Name);
        Assert.Contains("Iceland", await (await browser.GetAsync("/Admin/Countries")).Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("N0")]
    [InlineData("NOR")]
    [InlineData("N")]
    [InlineData("")]
    public async Task A_code_that_is_not_two_letters_is_a_field_error(string code)
    {
        var browser = await app.SignInAsPlatformAdministratorAsync();
        var before = await app.CountAsync(db => db.Countries);

        var response = await browser.PostFormAsync("/Admin/Countries", new() { ["Form.Code"] = code, ["Form.Name"] = "Somewhere" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("href=\"#Form_Code\"", html, StringComparison.Ordinal);
        Assert.Equal(before, await app.CountAsync(db => db.Countries));
    }

    [Fact]
    public async Task A_country_already_listed_is_a_field_error()
    {
        var browser = await app.SignInAsPlatformAdministratorAsync();

        var response = await browser.PostFormAsync("/Admin/Countries", new() { ["Form.Code"] = "no", ["Form.Name"] = "Norway again" });

        await OrganisationAdministrationTests.AssertFieldErrorAsync(response, "Form.Code", "The country NO is already listed.");
        Assert.Equal("Norway", await app.WithScopeAsync((_, db) => db.Countries.Where(c => c.Code == "NO").Select(c => c.Name).SingleAsync()));
    }

    [Fact]
    public async Task Renaming_an_unknown_country_is_not_found()
    {
        var browser = await app.SignInAsPlatformAdministratorAsync();

        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync("/Admin/Countries/Edit?code=QQ")).StatusCode);
    }

    [Fact]
    public async Task A_network_is_created_with_its_kind_and_country_and_its_name_must_be_unique()
    {
        var browser = await app.SignInAsPlatformAdministratorAsync();
        var name = AdminBrowser.Unique("Union federation");

        var created = await browser.PostFormAsync("/Admin/Networks", new() { ["Form.Name"] = name, ["Form.Kind"] = "Federation", ["Form.CountryCode"] = "" });
        var duplicate = await browser.PostFormAsync("/Admin/Networks", new() { ["Form.Name"] = name, ["Form.Kind"] = "Other", ["Form.CountryCode"] = "DE" });

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var network = await app.WithScopeAsync((_, db) => db.Networks.AsNoTracking().SingleAsync(n => n.Name == name));
        Assert.Equal(NetworkKind.Federation, network.Kind);
        Assert.Null(network.CountryCode);
        await OrganisationAdministrationTests.AssertFieldErrorAsync(duplicate, "Form.Name", "A network with this name already exists.");
        Assert.Equal(1, await app.CountAsync(db => db.Networks.Where(n => n.Name == name)));
    }

    [Fact]
    public async Task A_network_without_a_kind_or_with_an_unknown_country_is_refused()
    {
        var browser = await app.SignInAsPlatformAdministratorAsync();
        var name = AdminBrowser.Unique("Association");

        var response = await browser.PostFormAsync("/Admin/Networks", new() { ["Form.Name"] = name, ["Form.CountryCode"] = "ZZ" });

        var html = await OrganisationAdministrationTests.AssertFieldErrorAsync(response, "Form.Kind", "Choose what kind of network it is.");
        Assert.Contains("Choose a country from the list.", html, StringComparison.Ordinal);
        Assert.Equal(0, await app.CountAsync(db => db.Networks.Where(n => n.Name == name)));
    }
}
