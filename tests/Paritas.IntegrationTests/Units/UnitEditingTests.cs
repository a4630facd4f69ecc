using Microsoft.EntityFrameworkCore;
using System.Net;
using Paritas.Web.Features.Accounts;
using Paritas.Web.Features.Organisations;

namespace Paritas.IntegrationTests.Units;

/// <summary>An organisation administrator keeps the unit tree through the pages.</summary>
public sealed class UnitEditingTests(ParitasFactory app) : IClassFixture<ParitasFactory>
{
    [Fact]
    public async Task An_administrator_adds_a_unit_under_another_and_sees_it_in_the_tree_with_a_history_entry()
    {
        var org = await app.CreateOrganisationAsync();
        var health = await app.AddUnitAsync(org, "HSC", name: "Health and care");
        var browser = await app.SignInAsAsync(Role.OrganisationAdministrator, org);

        var response = await browser.PostFormAsync("/Organisation/Units/Create", new()
        {
            ["Form.Code"] = "HSC-HOME",
            ["Form.Name"] = "Home care north",
            ["Form.Sector"] = nameof(Sector.HealthAndSocialCare),
            ["Form.Headcount"] = "64",
            ["Form.ParentId"] = health.Id.ToString(),
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Organisation/Units", response.Headers.Location!.OriginalString);
        var unit = await app.FindUnitAsync(org, "HSC-HOME");
        Assert.NotNull(unit);
        Assert.Equal(("Home care north", Sector.HealthAndSocialCare, 64, (Guid?)health.Id), (unit.Name, unit.Sector, unit.Headcount, unit.ParentId));
        var history = Assert.Single(await app.HistoryOfAsync(unit));
        Assert.Equal(UnitHistoryKind.Created, history.Kind);
        Assert.NotNull(history.ByUserId);

        var tree = (await browser.GetStringAsync("/Organisation/Units")).Html();
        Assert.Contains("Home care north", tree, StringComparison.Ordinal);
        Assert.Contains("Health and social care", tree, StringComparison.Ordinal);
        // The new unit is listed inside its parent's branch.
        Assert.True(tree.IndexOf("Health and care", StringComparison.Ordinal) < tree.IndexOf("Home care north", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_code_already_used_in_the_organisation_is_refused_with_a_clear_message()
    {
        var org = await app.CreateOrganisationAsync();
        await app.AddUnitAsync(org, "ADM");
        var browser = await app.SignInAsAsync(Role.OrganisationAdministrator, org);

        var response = await browser.PostFormAsync("/Organisation/Units/Create", new()
        {
            ["Form.Code"] = " ADM ",
            ["Form.Name"] = "Another administration",
            ["Form.Sector"] = nameof(Sector.Administration),
            ["Form.Headcount"] = "3",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = (await response.Content.ReadAsStringAsync()).Html();
        Assert.Contains("A unit with this code already exists in your organisation.", html, StringComparison.Ordinal);
        Assert.Equal(1, await app.UnitCountAsync(org));
    }

    [Fact]
    public async Task The_same_code_may_be_used_by_another_organisation()
    {
        var other = await app.CreateOrganisationAsync();
        await app.AddUnitAsync(other, "ADM");
        var org = await app.CreateOrganisationAsync();
        var browser = await app.SignInAsAsync(Role.OrganisationAdministrator, org);

        var response = await browser.PostFormAsync("/Organisation/Units/Create", new()
        {
            ["Form.Code"] = "ADM",
            ["Form.Name"] = "Administration",
            ["Form.Sector"] = nameof(Sector.Administration),
            ["Form.Headcount"] = "3",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.NotNull(await app.FindUnitAsync(org, "ADM"));
    }

    [Fact]
    public async Task Empty_and_out_of_range_fields_each_get_their_own_message_and_nothing_is_added()
    {
        var org = await app.CreateOrganisationAsync();
        var browser = await app.SignInAsAsync(Role.OrganisationAdministrator, org);

        var response = await browser.PostFormAsync("/Organisation/Units/Create", new()
        {
            ["Form.Code"] = "",
            ["Form.Name"] = " ",
            ["Form.Sector"] = "",
            ["Form.Headcount"] = "1000001",
        });

        var html = (await response.Content.ReadAsStringAsync()).Html();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Enter a code.", html, StringComparison.Ordinal);
        Assert.Contains("Enter a name.", html, StringComparison.Ordinal);
        Assert.Contains("Select a sector.", html, StringComparison.Ordinal);
        Assert.Contains("Enter the headcount as a whole number from 0 to 1,000,000.", html, StringComparison.Ordinal);
        Assert.Equal(0, await app.UnitCountAsync(org));
    }

    [Fact]
    public async Task An_administrator_edits_and_moves_a_unit_and_the_history_records_the_previous_parent()
    {
        var org = await app.CreateOrganisationAsync();
        var health = await app.AddUnitAsync(org, "HSC");
        var education = await app.AddUnitAsync(org, "EDU");
        var library = await app.AddUnitAsync(org, "LIB", health, name: "Library");
        var browser = await app.SignInAsAsync(Role.OrganisationAdministrator, org);
        var url = $"/Organisation/Units/Edit?id={library.Id}";
        var version = UnitArrange.VersionOnPage(await browser.GetStringAsync(url));

        var response = await browser.PostFormAsync(url, new()
        {
            ["Form.Version"] = version,
            ["Form.Name"] = "Public library",
            ["Form.Sector"] = nameof(Sector.EducationAndCulture),
            ["Form.Headcount"] = "7",
            ["Form.ParentId"] = education.Id.ToString(),
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var unit = (await app.FindUnitAsync(org, "LIB"))!;
        Assert.Equal(("Public library", Sector.EducationAndCulture, 7, (Guid?)education.Id), (unit.Name, unit.Sector, unit.Headcount, unit.ParentId));
        Assert.NotEqual(version, unit.Version.ToString());
        var history = await app.HistoryOfAsync(unit);
        Assert.Contains(history, h => h.Kind == UnitHistoryKind.Updated && h.Detail == "name,sector,headcount");
        Assert.Contains(history, h => h.Kind == UnitHistoryKind.Moved && h.PreviousParentCode == "HSC");

        var page = (await browser.GetStringAsync(url)).Html();
        Assert.Contains("Moved (previously under HSC)", page, StringComparison.Ordinal);
        Assert.Contains("The unit was saved.", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_unit_cannot_be_moved_under_itself_or_under_a_unit_below_it()
    {
        var org = await app.CreateOrganisationAsync();
        var root = await app.AddUnitAsync(org, "ROOT");
        var child = await app.AddUnitAsync(org, "CHILD", root);
        var grandchild = await app.AddUnitAsync(org, "GRAND", child);
        var browser = await app.SignInAsAsync(Role.OrganisationAdministrator, org);
        var url = $"/Organisation/Units/Edit?id={root.Id}";

        foreach (var target in new[] { grandchild.Id, root.Id })
        {
            var response = await browser.PostFormAsync(url, new()
            {
                ["Form.Version"] = root.Version.ToString(),
                ["Form.Name"] = root.Name,
                ["Form.Sector"] = root.Sector.ToString(),
                ["Form.Headcount"] = "10",
                ["Form.ParentId"] = target.ToString(),
            });

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("A unit cannot be placed under itself or under one of the units below it.", (await response.Content.ReadAsStringAsync()).Html(), StringComparison.Ordinal);
        }

        Assert.Null((await app.FindUnitAsync(org, "ROOT"))!.ParentId);
        // The parent list offers neither the unit itself nor anything below it.
        var page = await browser.GetStringAsync(url);
        Assert.DoesNotContain($"value=\"{grandchild.Id}\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain($"<option value=\"{root.Id}\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_administrator_closes_and_reopens_a_unit_and_nothing_is_deleted()
    {
        var org = await app.CreateOrganisationAsync();
        var unit = await app.AddUnitAsync(org, "OLD", name: "Old depot");
        var browser = await app.SignInAsAsync(Role.OrganisationAdministrator, org);
        var url = $"/Organisation/Units/Edit?id={unit.Id}";
        var page = await browser.GetStringAsync(url);
        var version = UnitArrange.VersionOnPage(page, "Close.Version");

        var closed = await browser.PostFormAsync(UnitArrange.FormAction(page, "Close"), new() { ["Close.Version"] = version, ["Close.ClosedOn"] = "2024-06-30" }, url);

        Assert.Equal(HttpStatusCode.Redirect, closed.StatusCode);
        Assert.Equal(new DateOnly(2024, 6, 30), (await app.FindUnitAsync(org, "OLD"))!.ClosedOn);
        var tree = (await browser.GetStringAsync("/Organisation/Units")).Html();
        Assert.Contains("Closed units", tree, StringComparison.Ordinal);
        Assert.Contains("Old depot", tree, StringComparison.Ordinal);

        page = await browser.GetStringAsync(url);
        Assert.Contains("Closed on", page, StringComparison.Ordinal);
        version = UnitArrange.VersionOnPage(page, "Close.Version");
        var reopened = await browser.PostFormAsync(UnitArrange.FormAction(page, "Reopen"), new() { ["Close.Version"] = version }, url);

        Assert.Equal(HttpStatusCode.Redirect, reopened.StatusCode);
        Assert.Null((await app.FindUnitAsync(org, "OLD"))!.ClosedOn);
        var kinds = (await app.HistoryOfAsync(unit)).Select(h => h.Kind).ToList();
        Assert.Contains(UnitHistoryKind.Closed, kinds);
        Assert.Contains(UnitHistoryKind.Reopened, kinds);
        Assert.Equal(1, await app.UnitCountAsync(org));
    }

    [Fact]
    public async Task A_unit_with_open_units_under_it_cannot_be_closed_and_a_future_date_is_refused()
    {
        var org = await app.CreateOrganisationAsync();
        var parent = await app.AddUnitAsync(org, "P");
        await app.AddUnitAsync(org, "C", parent);
        var lonely = await app.AddUnitAsync(org, "L");
        var browser = await app.SignInAsAsync(Role.OrganisationAdministrator, org);

        var withChildren = await browser.PostFormAsync($"/Organisation/Units/Edit?id={parent.Id}&handler=Close", new() { ["Close.ClosedOn"] = "2024-01-01" }, $"/Organisation/Units/Edit?id={parent.Id}");
        var future = await browser.PostFormAsync($"/Organisation/Units/Edit?id={lonely.Id}&handler=Close", new() { ["Close.ClosedOn"] = "2999-01-01" }, $"/Organisation/Units/Edit?id={lonely.Id}");
        var notADate = await browser.PostFormAsync($"/Organisation/Units/Edit?id={lonely.Id}&handler=Close", new() { ["Close.ClosedOn"] = "31st of never" }, $"/Organisation/Units/Edit?id={lonely.Id}");

        Assert.Contains("Open units are placed under this unit.", (await withChildren.Content.ReadAsStringAsync()).Html(), StringComparison.Ordinal);
        Assert.Contains("The closing date cannot be in the future.", (await future.Content.ReadAsStringAsync()).Html(), StringComparison.Ordinal);
        Assert.Contains("Enter the closing date as a real date", (await notADate.Content.ReadAsStringAsync()).Html(), StringComparison.Ordinal);
        Assert.Null((await app.FindUnitAsync(org, "P"))!.ClosedOn);
        Assert.Null((await app.FindUnitAsync(org, "L"))!.ClosedOn);
    }

    [Fact]
    public async Task A_closed_unit_cannot_become_a_parent()
    {
        var org = await app.CreateOrganisationAsync();
        var closed = await app.AddUnitAsync(org, "GONE");
        await app.WithScopeAsync(async (_, db) =>
        {
            var unit = await db.Units.IgnoreQueryFilters().FirstAsync(u => u.Id == closed.Id);
            unit!.Close(new DateOnly(2023, 12, 31));
            return await db.SaveChangesAsync();
        });
        var browser = await app.SignInAsAsync(Role.OrganisationAdministrator, org);

        var response = await browser.PostFormAsync("/Organisation/Units/Create", new()
        {
            ["Form.Code"] = "NEW",
            ["Form.Name"] = "New",
            ["Form.Sector"] = nameof(Sector.Other),
            ["Form.Headcount"] = "1",
            ["Form.ParentId"] = closed.Id.ToString(),
        });

        Assert.Contains("The parent unit is closed.", (await response.Content.ReadAsStringAsync()).Html(), StringComparison.Ordinal);
        Assert.Null(await app.FindUnitAsync(org, "NEW"));
    }

    [Fact]
    public async Task Another_organisations_unit_is_not_found_on_the_edit_page()
    {
        var other = await app.CreateOrganisationAsync();
        var theirs = await app.AddUnitAsync(other, "THEIRS");
        var org = await app.CreateOrganisationAsync();
        var browser = await app.SignInAsAsync(Role.OrganisationAdministrator, org);

        var response = await browser.GetAsync($"/Organisation/Units/Edit?id={theirs.Id}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
