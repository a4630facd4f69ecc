using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Paritas.IntegrationTests.Changes;
using Paritas.Web.Features.Accounts;
using Paritas.Web.Features.Agreements;
using Paritas.Web.Features.Changes;

namespace Paritas.IntegrationTests.Training;

/// <summary>Needs and plans: recorded by the representatives, agreed by one person of each side, which meets the obligation with the plan as evidence.</summary>
public sealed class PlanAgreementTests(ParitasFactory app) : IClassFixture<ParitasFactory>
{
    [Fact]
    public async Task A_plan_confirmed_by_both_sides_meets_the_training_plan_obligation_with_a_link_to_the_plan()
    {
        var org = await app.CreateOrganisationAsync();
        var (_, a, _) = await TrainingData.ArrangeAsync(app, org);
        var employer = await app.SignInAsAsync(Role.EmployerRepresentative, org);
        var agent = await app.SignInAsAsync(Role.DigitalAgent, org);
        await employer.ImportTemplateAsync("digital-training-right");
        var change = await TrainingData.RegisterAsync(employer, "Visit app", (a, app.Today().AddDays(60)));
        Assert.Equal(ObligationStatus.Open, (await app.ObligationsOfAsync(change)).Single(o => o.Kind == ObligationKind.TrainingPlanAgreed).Status);

        var need = await agent.PostFormAsync($"/Training/Plan?changeId={change}&handler=Need", new() { ["Need.TargetGroup"] = "Gender:men", ["Need.Description"] = "Using the app offline on night shifts." });
        Assert.Equal(HttpStatusCode.Redirect, need.StatusCode);
        var activity = await agent.PostFormAsync($"/Training/Plan?changeId={change}&handler=Activity", new()
        {
            ["Activity.Title"] = "Visit app basics",
            ["Activity.TargetGroup"] = "",
            ["Activity.HoursPerPerson"] = "4",
            ["Activity.InWorkingTime"] = "true",
            ["Activity.PaidBy"] = "Employer",
            ["Activity.StartOffsetDays"] = "-14",
            ["Activity.EndOffsetDays"] = "30",
        });
        Assert.Equal(HttpStatusCode.Redirect, activity.StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, (await employer.PostFormAsync($"/Training/Plan?changeId={change}&handler=Agree", [])).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await employer.PostFormAsync($"/Training/Plan?changeId={change}&handler=Agree", [])).StatusCode);
        Assert.Equal(ObligationStatus.Open, (await app.ObligationsOfAsync(change)).Single(o => o.Kind == ObligationKind.TrainingPlanAgreed).Status);

        Assert.Equal(HttpStatusCode.Redirect, (await agent.PostFormAsync($"/Training/Plan?changeId={change}&handler=Agree", [])).StatusCode);

        var met = (await app.ObligationsOfAsync(change)).Single(o => o.Kind == ObligationKind.TrainingPlanAgreed);
        Assert.Equal(ObligationStatus.Met, met.Status);
        Assert.Equal($"/Training/Plan?changeId={change:D}", met.EvidenceUrl);
        var page = WebUtility.HtmlDecode(await (await employer.GetAsync($"/Training/Plan?changeId={change}")).Content.ReadAsStringAsync());
        Assert.Contains("Agreed by both sides", page, StringComparison.Ordinal);
        Assert.Contains("Using the app offline on night shifts.", page, StringComparison.Ordinal);

        // An agreed plan is closed, through the page and the API alike.
        var late = await agent.PostFormAsync($"/Training/Plan?changeId={change}&handler=Activity", new()
        {
            ["Activity.Title"] = "Extra",
            ["Activity.HoursPerPerson"] = "1",
            ["Activity.PaidBy"] = "Employer",
            ["Activity.StartOffsetDays"] = "0",
            ["Activity.EndOffsetDays"] = "1",
        });
        Assert.Contains("can no longer be changed", WebUtility.HtmlDecode(await late.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        var api = await app.ApiClientAsync(Role.WorkersRepresentative, org);
        var refused = await api.PostAsJsonAsync($"/api/v1/changes/{change}/training/plan/activities", new { title = "Extra", hoursPerPerson = 1, paidBy = "Employer", startOffsetDays = 0, endOffsetDays = 1 });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var plan = JsonDocument.Parse(await api.GetStringAsync($"/api/v1/changes/{change}/training/plan")).RootElement;
        Assert.True(plan.GetProperty("agreed").GetBoolean());
        Assert.Single(plan.GetProperty("activities").EnumerateArray());
        var needs = JsonDocument.Parse(await api.GetStringAsync($"/api/v1/changes/{change}/training/needs")).RootElement;
        Assert.Equal("men", Assert.Single(needs.EnumerateArray()).GetProperty("groupCode").GetString());
    }

    [Fact]
    public async Task Bad_input_is_refused_with_a_message_and_saves_nothing()
    {
        var org = await app.CreateOrganisationAsync();
        var (_, a, _) = await TrainingData.ArrangeAsync(app, org);
        var agent = await app.SignInAsAsync(Role.DigitalAgent, org);
        var change = await TrainingData.RegisterAsync(agent, "Visit app", (a, app.Today().AddDays(60)));

        var response = await agent.PostFormAsync($"/Training/Plan?changeId={change}&handler=Activity", new()
        {
            ["Activity.Title"] = "",
            ["Activity.TargetGroup"] = "Gender:nobody",
            ["Activity.HoursPerPerson"] = "-3",
            ["Activity.PaidBy"] = "7",
            ["Activity.StartOffsetDays"] = "10",
            ["Activity.EndOffsetDays"] = "5",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("Name the course or activity", page, StringComparison.Ordinal);
        Assert.Contains("Choose one of the workforce groups of your organisation", page, StringComparison.Ordinal);
        Assert.Contains("Enter the hours per person", page, StringComparison.Ordinal);
        Assert.Contains("Choose who pays for the training.", page, StringComparison.Ordinal);
        Assert.Contains("the end not before the start", page, StringComparison.Ordinal);
        var plan = JsonDocument.Parse(await (await app.ApiClientAsync(Role.DigitalAgent, org)).GetStringAsync($"/api/v1/changes/{change}/training/plan")).RootElement;
        Assert.Empty(plan.GetProperty("activities").EnumerateArray());
    }
}
