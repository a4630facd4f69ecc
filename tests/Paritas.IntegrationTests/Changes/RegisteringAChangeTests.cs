using System.Net;
using Microsoft.EntityFrameworkCore;
using Paritas.Web.Features.Accounts;
using Paritas.Web.Features.Changes;

namespace Paritas.IntegrationTests.Changes;

public sealed class RegisteringAChangeTests(ParitasFactory app) : IClassFixture<ParitasFactory>
{
    [Fact]
    public async Task A_workers_representative_registers_a_change_with_two_units_and_the_change_page_shows_them()
    {
        var org = await app.CreateOrganisationAsync();
        var units = await app.CreateUnitsAsync(org, 2);
        var steward = await app.SignInAsAsync(Role.WorkersRepresentative, org);
        var today = app.Today();

        var id = await steward.RegisterChangeAsync("Visit app", (units[0].Id, 30, today.AddDays(60)), (units[1].Id, 12, today.AddDays(90)));

        var page = await (await steward.GetAsync($"/Changes/Details?id={id}")).Content.ReadAsStringAsync();
        Assert.Contains("Visit app", page, StringComparison.Ordinal);
        Assert.Contains(units[0].Name, page, StringComparison.Ordinal);
        Assert.Contains(units[1].Name, page, StringComparison.Ordinal);
        var stored = await app.WithScopeAsync((_, db) => db.DigitalChanges.IgnoreQueryFilters().Include(c => c.Units).SingleAsync(c => c.Id == id));
        Assert.Equal(ChangeStage.Proposed, stored.Stage);
        Assert.Equal(Paritas.Web.Features.Organisations.Side.Workers, stored.RegisteredBySide);
        Assert.True(stored.WorkerData.LocationTracking);
        Assert.Equal(today.AddDays(60), stored.FirstGoLive);
        Assert.Equal(42, stored.Units.Sum(u => u.Headcount));
    }

    [Fact]
    public async Task Bad_input_gives_messages_and_saves_nothing()
    {
        var org = await app.CreateOrganisationAsync();
        var other = await app.CreateOrganisationAsync();
        var foreignUnit = (await app.CreateUnitsAsync(other, 1))[0];
        var units = await app.CreateUnitsAsync(org, 1);
        var employer = await app.SignInAsAsync(Role.EmployerRepresentative, org);
        var fields = ChangeSteps.ChangeFields("", (foreignUnit.Id, 5, null), (units[0].Id, -3, null));
        fields["Form.Units[2].UnitId"] = units[0].Id.ToString();
        fields["Form.Units[2].Headcount"] = "4";
        fields["Form.Units[2].GoLive"] = "not a date";
        fields["Form.Category"] = "Teleportation";
        fields["Form.Description"] = new string('x', 5000);

        var response = await employer.PostFormAsync("/Changes/Register", fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("There is a problem", html, StringComparison.Ordinal);
        Assert.Equal(0, await app.CountAsync(db => db.DigitalChanges.Where(c => c.OrganisationId == org.Id)));

        fields = ChangeSteps.ChangeFields("", (foreignUnit.Id, 5, null), (units[0].Id, -3, null), (units[0].Id, 4, new DateOnly(1900, 1, 1)));
        fields["Form.Description"] = new string('x', 5000);
        html = await (await employer.PostFormAsync("/Changes/Register", fields)).Content.ReadAsStringAsync();
        Assert.Contains("Enter a title for the change.", html, StringComparison.Ordinal);
        Assert.Contains("Choose a unit of your organisation.", html, StringComparison.Ordinal);
        Assert.Contains("Enter the number of people affected, from 0 to", html, StringComparison.Ordinal);
        Assert.Contains("Enter a go-live date between the years 2000 and 2100.", html, StringComparison.Ordinal);
        Assert.Contains("This text must be 4000 characters or fewer.", html, StringComparison.Ordinal);
        Assert.Equal(0, await app.CountAsync(db => db.DigitalChanges.Where(c => c.OrganisationId == org.Id)));
    }

    [Fact]
    public async Task A_viewer_cannot_register_a_change()
    {
        var org = await app.CreateOrganisationAsync();
        var viewer = await app.SignInAsAsync(Role.Viewer, org);

        var response = await viewer.GetAsync("/Changes/Register");

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await viewer.GetAsync("/Changes")).StatusCode);
    }
}
