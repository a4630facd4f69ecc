using System.Net;
using System.Net.Http.Json;
using Paritas.IntegrationTests.Changes;
using Paritas.Web.Features.Accounts;

namespace Paritas.IntegrationTests.Training;

/// <summary>Acceptance 5: another organisation's change is not found through pages, API or exports; roles decide who reads and writes.</summary>
public sealed class TrainingAccessTests(ParitasFactory app) : IClassFixture<ParitasFactory>
{
    [Fact]
    public async Task Another_organisations_change_and_ledger_are_not_found_through_pages_API_or_exports()
    {
        var mine = await app.CreateOrganisationAsync();
        var (_, a, b) = await TrainingData.ArrangeAsync(app, mine);
        var employer = await app.SignInAsAsync(Role.EmployerRepresentative, mine);
        await employer.ImportTemplateAsync("digital-training-right");
        var change = await TrainingData.RegisterAsync(employer, "Visit app", (a, new DateOnly(2024, 1, 1)), (b, new DateOnly(2024, 3, 1)));
        await TrainingData.ImportWorkforceAsync(employer, TrainingData.Workforce(("A", 20), ("B", 20)));
        await TrainingData.UploadHoursAsync(employer, LedgerAccrualTests.Hours());

        var other = await app.CreateOrganisationAsync();
        var stranger = await app.SignInAsAsync(Role.EmployerRepresentative, other);
        var strangerApi = await app.ApiClientAsync(Role.WorkersRepresentative, other);

        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/Training/Plan?changeId={change}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.PostFormAsync($"/Training/Plan?changeId={change}&handler=Need", new() { ["Need.Description"] = "x" }, "/Training/Enter")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.PostFormAsync($"/Training/Plan?changeId={change}&handler=Agree", [], "/Training/Enter")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await strangerApi.GetAsync($"/api/v1/changes/{change}/training/plan")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await strangerApi.GetAsync($"/api/v1/changes/{change}/training/needs")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await strangerApi.PostAsJsonAsync($"/api/v1/changes/{change}/training/needs", new { description = "x" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await strangerApi.GetAsync($"/api/v1/training/ledger?changeId={change}")).StatusCode);

        var csv = await stranger.GetStringAsync("/Training/Ledger?handler=Csv");
        Assert.DoesNotContain("ROOT", csv, StringComparison.Ordinal);
        var page = await stranger.GetStringAsync("/Training/Ledger");
        Assert.DoesNotContain("Home care", page, StringComparison.Ordinal);
        Assert.Contains("No workforce figures have been imported yet", page, StringComparison.Ordinal);
        var json = await strangerApi.GetStringAsync("/api/v1/training/ledger");
        Assert.DoesNotContain("ROOT", json, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Role.Viewer, false)]
    [InlineData(Role.Analyst, false)]
    [InlineData(Role.OshOfficer, true)]
    [InlineData(Role.WorkersRepresentative, true)]
    [InlineData(Role.DigitalAgent, true)]
    [InlineData(Role.EmployerRepresentative, true)]
    public async Task The_ledger_and_its_exports_are_for_the_OSH_officer_and_both_sides(Role role, bool allowed)
    {
        var org = await app.CreateOrganisationAsync();
        var browser = await app.SignInAsAsync(role, org);
        foreach (var url in new[] { "/Training/Ledger", "/Training/Ledger?handler=Csv", "/Training/Ledger?handler=Xlsx" })
        {
            Assert.Equal(allowed ? HttpStatusCode.OK : HttpStatusCode.Redirect, (await browser.GetAsync(url)).StatusCode);
        }

        var api = await app.ApiClientAsync(role, org);
        Assert.Equal(allowed ? HttpStatusCode.OK : HttpStatusCode.Forbidden, (await api.GetAsync("/api/v1/training/ledger")).StatusCode);
    }

    [Theory]
    [InlineData(Role.WorkersRepresentative)]
    [InlineData(Role.DigitalAgent)]
    [InlineData(Role.OshOfficer)]
    [InlineData(Role.Viewer)]
    public async Task Only_the_employer_side_imports_or_enters_delivered_hours(Role role)
    {
        var org = await app.CreateOrganisationAsync();
        var browser = await app.SignInAsAsync(role, org);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.GetAsync("/Training/Import")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.GetAsync("/Training/Enter")).StatusCode);
    }

    [Theory]
    [InlineData(Role.OshOfficer)]
    [InlineData(Role.Viewer)]
    [InlineData(Role.Analyst)]
    public async Task Needs_and_plans_are_for_the_representatives_of_both_sides(Role role)
    {
        var org = await app.CreateOrganisationAsync();
        var units = await app.CreateUnitsAsync(org, 1);
        var employer = await app.SignInAsAsync(Role.EmployerRepresentative, org);
        var change = await employer.RegisterChangeAsync("Visit app", (units[0].Id, 10, app.Today().AddDays(30)));

        var browser = await app.SignInAsAsync(role, org);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.GetAsync($"/Training/Plan?changeId={change}")).StatusCode);
        var api = await app.ApiClientAsync(role, org);
        Assert.Equal(HttpStatusCode.Forbidden, (await api.PostAsJsonAsync($"/api/v1/changes/{change}/training/needs", new { description = "Offline use." })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await api.PostAsync($"/api/v1/changes/{change}/training/plan/agreement", null)).StatusCode);
    }
}
