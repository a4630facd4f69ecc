using Microsoft.EntityFrameworkCore;
using System.Net;
using Paritas.Web.Features.Accounts;
using Paritas.Web.Features.Organisations;

namespace Paritas.IntegrationTests.Units;

/// <summary>Two administrators edit the same unit at once: the second save must not overwrite the first.</summary>
public sealed class UnitConcurrencyTests(ParitasFactory app) : IClassFixture<ParitasFactory>
{
    [Fact]
    public async Task The_second_of_two_browsers_editing_the_same_unit_is_told_and_does_not_overwrite()
    {
        var org = await app.CreateOrganisationAsync();
        var unit = await app.AddUnitAsync(org, "HR", name: "Human resources");
        var first = await app.SignInAsAsync(Role.OrganisationAdministrator, org);
        var second = await app.SignInAsAsync(Role.OrganisationAdministrator, org);
        var url = $"/Organisation/Units/Edit?id={unit.Id}";
        var firstVersion = UnitArrange.VersionOnPage(await first.GetStringAsync(url));
        var secondVersion = UnitArrange.VersionOnPage(await second.GetStringAsync(url));

        var saved = await first.PostFormAsync(url, Fields(firstVersion, "People and culture"));
        var refused = await second.PostFormAsync(url, Fields(secondVersion, "HR department"));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var html = (await refused.Content.ReadAsStringAsync()).Html();
        Assert.Contains("Someone else changed this unit while you were editing it", html, StringComparison.Ordinal);
        // The form now shows the first person's name and the current version, ready to edit again.
        Assert.Contains("value=\"People and culture\"", html, StringComparison.Ordinal);
        var current = (await app.FindUnitAsync(org, "HR"))!;
        Assert.Equal("People and culture", current.Name);
        Assert.Equal(current.Version.ToString(), UnitArrange.VersionOnPage(html));
        Assert.Single(await app.HistoryOfAsync(unit), h => h.Kind == UnitHistoryKind.Updated);
    }

    [Fact]
    public async Task Closing_with_a_stale_version_is_refused_too()
    {
        var org = await app.CreateOrganisationAsync();
        var unit = await app.AddUnitAsync(org, "IT");
        var browser = await app.SignInAsAsync(Role.OrganisationAdministrator, org);
        var url = $"/Organisation/Units/Edit?id={unit.Id}";
        var stale = UnitArrange.VersionOnPage(await browser.GetStringAsync(url), "Close.Version");
        await app.WithScopeAsync(async (_, db) =>
        {
            (await db.Units.IgnoreQueryFilters().FirstAsync(u => u.Id == unit.Id))!.Update("IT services", Sector.Administration, 12);
            return await db.SaveChangesAsync();
        });

        var response = await browser.PostFormAsync(url + "&handler=Close", new() { ["Close.Version"] = stale, ["Close.ClosedOn"] = "2024-01-01" }, url);

        Assert.Contains("Someone else changed this unit while you were editing it", (await response.Content.ReadAsStringAsync()).Html(), StringComparison.Ordinal);
        Assert.Null((await app.FindUnitAsync(org, "IT"))!.ClosedOn);
    }

    private static Dictionary<string, string> Fields(string version, string name) => new()
    {
        ["Form.Version"] = version,
        ["Form.Name"] = name,
        ["Form.Sector"] = nameof(Sector.Administration),
        ["Form.Headcount"] = "10",
        ["Form.ParentId"] = "",
    };
}
