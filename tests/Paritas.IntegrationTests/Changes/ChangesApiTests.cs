using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Paritas.Web.Features.Accounts;
using Paritas.Web.Features.Agreements;
using Paritas.Web.Features.Changes;

namespace Paritas.IntegrationTests.Changes;

public sealed class ChangesApiTests(ParitasFactory app) : IClassFixture<ParitasFactory>
{
    [Fact]
    public async Task A_change_is_registered_read_listed_and_edited_with_its_version()
    {
        var org = await app.CreateOrganisationAsync();
        var units = await app.CreateUnitsAsync(org, 2);
        var api = await app.ApiClientAsync(Role.WorkersRepresentative, org);
        await (await app.SignInAsAsync(Role.EmployerRepresentative, org)).ImportTemplateAsync("quebec-joint-committee");
        var goLive = app.Today().AddDays(60);

        var created = await api.PostAsJsonAsync("/api/v1/changes", new
        {
            title = "Case robot",
            category = "CaseHandlingAutomation",
            hosting = "VendorHosted",
            workerData = new { performanceMetrics = true },
            units = new[] { new { unitId = units[0].Id, headcount = 10, goLive }, new { unitId = units[1].Id, headcount = 4, goLive = goLive.AddDays(30) } },
        });

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var change = await created.Content.ReadFromJsonAsync<JsonElement>();
        var id = change.GetProperty("id").GetGuid();
        Assert.Equal(2, change.GetProperty("units").GetArrayLength());
        Assert.Equal("Workers", change.GetProperty("registeredBySide").GetString());
        var obligations = change.GetProperty("obligations").EnumerateArray().ToList();
        Assert.Contains(obligations, o => o.GetProperty("kind").GetString() == "ConsultationHeld" && o.GetProperty("dueOn").GetString() == goLive.AddDays(-14).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));

        var listed = await api.GetFromJsonAsync<JsonElement>("/api/v1/changes?surveillance=true&stage=proposed");
        Assert.Contains(listed.EnumerateArray(), c => c.GetProperty("id").GetGuid() == id);
        Assert.Empty((await api.GetFromJsonAsync<JsonElement>("/api/v1/changes?stage=RollOut")).EnumerateArray());

        var version = change.GetProperty("version").GetGuid();
        var edit = new { title = "Case robot v2", category = "CaseHandlingAutomation", hosting = "InHouse", units = new[] { new { unitId = units[0].Id, headcount = 10, goLive = goLive.AddDays(10) } }, version };
        var edited = await api.PutAsJsonAsync($"/api/v1/changes/{id}", edit);
        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        var after = await edited.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("InHouse", after.GetProperty("hosting").GetString());
        Assert.Contains(after.GetProperty("obligations").EnumerateArray(), o => o.GetProperty("kind").GetString() == "ConsultationHeld" && o.GetProperty("dueOn").GetString() == goLive.AddDays(10 - 14).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));

        var stale = await api.PutAsJsonAsync($"/api/v1/changes/{id}", edit with { });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal("Case robot v2", (await api.GetFromJsonAsync<JsonElement>($"/api/v1/changes/{id}")).GetProperty("title").GetString());
    }

    [Fact]
    public async Task A_gated_stage_is_refused_naming_the_unmet_obligation_as_on_the_page()
    {
        var org = await app.CreateOrganisationAsync();
        var units = await app.CreateUnitsAsync(org, 1);
        var employer = await app.SignInAsAsync(Role.EmployerRepresentative, org);
        await employer.ImportTemplateAsync("quebec-joint-committee");
        var id = await employer.RegisterChangeAsync("Scheduler", (units[0].Id, 10, app.Today().AddDays(40)));
        var api = await app.ApiClientAsync(Role.EmployerRepresentative, org);

        var blocked = await api.PostAsJsonAsync($"/api/v1/changes/{id}/stage", new { stage = "RollOut", reason = "Ready." });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, blocked.StatusCode);
        var problem = await blocked.Content.ReadAsStringAsync();
        Assert.Contains("Consultation held is not met yet", problem, StringComparison.Ordinal);
        var gate = (await app.ObligationsOfAsync(id)).Single(o => o.Kind == ObligationKind.ConsultationHeld);
        Assert.Contains(gate.Id.ToString("D"), problem, StringComparison.Ordinal);

        var met = await api.PostAsJsonAsync($"/api/v1/obligations/{gate.Id}/met", new { evidence = "Minutes of 3 March", version = gate.Version });
        Assert.Equal(HttpStatusCode.OK, met.StatusCode);
        var moved = await api.PostAsJsonAsync($"/api/v1/changes/{id}/stage", new { stage = "RollOut", reason = "Consultation held." });
        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        Assert.Equal("RollOut", (await moved.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("stage").GetString());
    }

    [Fact]
    public async Task A_workers_representative_cannot_waive_alone_through_the_api()
    {
        var org = await app.CreateOrganisationAsync();
        var employer = await app.SignInAsAsync(Role.EmployerRepresentative, org);
        await employer.ImportTemplateAsync("quebec-joint-committee");
        var id = await employer.RegisterChangeAsync("Robot");
        var obligation = (await app.ObligationsOfAsync(id)).Single(o => o.Kind == ObligationKind.JointCommitteeFormed);
        var steward = await app.ApiClientAsync(Role.WorkersRepresentative, org);
        var agent = await app.ApiClientAsync(Role.DigitalAgent, org);
        var employerApi = await app.ApiClientAsync(Role.EmployerRepresentative, org);
        var url = $"/api/v1/obligations/{obligation.Id}/waiver";

        var requested = await steward.PostAsJsonAsync(url, new { reason = "The standing committee covers it." });
        Assert.Equal(HttpStatusCode.OK, requested.StatusCode);
        Assert.Equal("Open", (await requested.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
        var again = await agent.PostAsJsonAsync(url, new { reason = "Please." });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, again.StatusCode);
        Assert.Contains("Your side has already asked for this waiver.", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(ObligationStatus.Open, (await app.ObligationsOfAsync(id)).Single(o => o.Id == obligation.Id).Status);

        var confirmed = await employerApi.PostAsJsonAsync(url, new { });
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        Assert.Equal("Waived", (await confirmed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Roles_outside_the_joint_committee_read_but_cannot_write()
    {
        var org = await app.CreateOrganisationAsync();
        var employer = await app.SignInAsAsync(Role.EmployerRepresentative, org);
        await employer.ImportTemplateAsync("quebec-joint-committee");
        var id = await employer.RegisterChangeAsync("Robot");
        var obligation = (await app.ObligationsOfAsync(id)).First();
        var osh = await app.ApiClientAsync(Role.OshOfficer, org);

        Assert.Equal(HttpStatusCode.OK, (await osh.GetAsync($"/api/v1/changes/{id}/obligations")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await osh.PostAsJsonAsync("/api/v1/changes", new { title = "X", category = "Other", hosting = "InHouse" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await osh.PostAsJsonAsync($"/api/v1/obligations/{obligation.Id}/missed", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await osh.PostAsJsonAsync($"/api/v1/changes/{id}/stage", new { stage = "Withdrawn", reason = "No." })).StatusCode);
        Assert.Equal(ObligationStatus.Open, (await app.ObligationsOfAsync(id)).First(o => o.Id == obligation.Id).Status);
    }

    [Theory]
    [InlineData("""{"title":"","category":"Other","hosting":"InHouse"}""", "title")]
    [InlineData("""{"title":"X","category":"5","hosting":"InHouse"}""", "category")]
    [InlineData("""{"title":"X","category":"Other","hosting":"Cloud"}""", "hosting")]
    [InlineData("""{"title":"X","category":"Other","hosting":"InHouse","units":[{"unitId":null,"headcount":-3}]}""", "units[0].unitId")]
    [InlineData("""{"title":"X","category":"Other","hosting":"InHouse","units":[{"unitId":"00000000-0000-0000-0000-000000000001","headcount":1000000}]}""", "units[0].headcount")]
    public async Task Bad_changes_get_a_problem_naming_the_field_and_nothing_is_saved(string body, string field)
    {
        var org = await app.CreateOrganisationAsync();
        var api = await app.ApiClientAsync(Role.EmployerRepresentative, org);

        var response = await api.PostAsync("/api/v1/changes", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), await response.Content.ReadAsStringAsync());
        Assert.Empty((await api.GetFromJsonAsync<JsonElement>("/api/v1/changes")).EnumerateArray());
    }

    [Theory]
    [InlineData("POST", "/api/v1/changes", "{not json")]
    [InlineData("POST", "/api/v1/changes", """{"title":42}""")]
    [InlineData("POST", "/api/v1/changes", """{"units":[{"goLive":"31/12/2026"}]}""")]
    [InlineData("GET", "/api/v1/changes?stage=9", null)]
    [InlineData("GET", "/api/v1/changes?unit=not-a-guid", null)]
    [InlineData("GET", "/api/v1/changes?overdue=maybe", null)]
    [InlineData("POST", "/api/v1/changes/{id}/stage", """{"stage":"Nowhere","reason":"x"}""")]
    [InlineData("POST", "/api/v1/changes/{id}/stage", "")]
    [InlineData("PUT", "/api/v1/changes/{id}", """{"title":"X","category":"Other","hosting":"InHouse"}""")]
    [InlineData("POST", "/api/v1/obligations/{obligation}/met", """{"evidenceUrl":"javascript:alert(1)"}""")]
    [InlineData("POST", "/api/v1/obligations/{obligation}/met", """{"version":"nope"}""")]
    [InlineData("POST", "/api/v1/obligations/{obligation}/waiver", """{"reason":""}""")]
    public async Task Bad_input_is_a_client_error_never_a_server_error(string method, string url, string? body)
    {
        var org = await app.CreateOrganisationAsync();
        var employer = await app.SignInAsAsync(Role.EmployerRepresentative, org);
        await employer.ImportTemplateAsync("quebec-joint-committee");
        var id = await employer.RegisterChangeAsync("Robot");
        var obligation = (await app.ObligationsOfAsync(id)).First();
        var api = await app.ApiClientAsync(Role.EmployerRepresentative, org);
        using var request = new HttpRequestMessage(new HttpMethod(method), url.Replace("{id}", id.ToString("D"), StringComparison.Ordinal).Replace("{obligation}", obligation.Id.ToString("D"), StringComparison.Ordinal));
        if (body is not null)
        {
            request.Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");
        }

        var response = await api.SendAsync(request);

        Assert.InRange((int)response.StatusCode, 400, 499);
        Assert.Equal(ObligationStatus.Open, (await app.ObligationsOfAsync(id)).Single(o => o.Id == obligation.Id).Status);
        Assert.Equal(ChangeStage.Proposed.ToString(), (await api.GetFromJsonAsync<JsonElement>($"/api/v1/changes/{id}")).GetProperty("stage").GetString());
    }
}
