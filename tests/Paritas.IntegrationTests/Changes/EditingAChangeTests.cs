using System.Net;
using Microsoft.EntityFrameworkCore;
using Paritas.Web.Features.Accounts;
using Paritas.Web.Features.Changes;

namespace Paritas.IntegrationTests.Changes;

public sealed class EditingAChangeTests(ParitasFactory app) : IClassFixture<ParitasFactory>
{
    [Fact]
    public async Task A_second_edit_from_a_stale_page_is_refused_with_a_clear_message_and_the_first_stays()
    {
        var org = await app.CreateOrganisationAsync();
        var units = await app.CreateUnitsAsync(org, 1);
        var employer = await app.SignInAsAsync(Role.EmployerRepresentative, org);
        var steward = await app.SignInAsAsync(Role.WorkersRepresentative, org);
        var id = await employer.RegisterChangeAsync("Rota planner", (units[0].Id, 20, app.Today().AddDays(30)));
        var version = await app.WithScopeAsync((_, db) => db.DigitalChanges.IgnoreQueryFilters().Where(c => c.Id == id).Select(c => c.Version).SingleAsync());

        var first = ChangeSteps.ChangeFields("Rota planner (employer's edit)", (units[0].Id, 20, app.Today().AddDays(30)));
        first["Form.Version"] = version.ToString();
        var second = ChangeSteps.ChangeFields("Rota planner (workers' edit)", (units[0].Id, 25, app.Today().AddDays(30)));
        second["Form.Version"] = version.ToString();

        Assert.Equal(HttpStatusCode.Redirect, (await employer.PostFormAsync($"/Changes/Edit?id={id}", first)).StatusCode);
        var refused = await steward.PostFormAsync($"/Changes/Edit?id={id}", second);

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Someone else saved this change while you were editing it.", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var stored = await app.WithScopeAsync((_, db) => db.DigitalChanges.IgnoreQueryFilters().Include(c => c.Units).SingleAsync(c => c.Id == id));
        Assert.Equal("Rota planner (employer's edit)", stored.Title);
        Assert.Equal(20, stored.Units.Single().Headcount);
        var history = await app.WithScopeAsync((_, db) => db.ChangeHistory.IgnoreQueryFilters().Where(h => h.ChangeId == id && h.Kind == ChangeHistoryKind.Edited).Select(h => h.Detail).ToListAsync());
        Assert.Equal(["title"], history);
    }

    [Fact]
    public async Task A_stage_change_keeps_who_when_and_why_and_needs_a_reason()
    {
        var org = await app.CreateOrganisationAsync();
        var steward = await app.SignInAsAsync(Role.WorkersRepresentative, org);
        var id = await steward.RegisterChangeAsync("Chatbot");

        var noReason = await steward.PostFormAsync($"/Changes/Stage?id={id}", new() { ["Form.Stage"] = "Assessment", ["Form.Reason"] = "", ["Form.Version"] = (await app.VersionOfAsync(id)).ToString() });
        Assert.Contains("Say why the change moves to this stage.", await noReason.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var moved = await steward.PostFormAsync($"/Changes/Stage?id={id}", new() { ["Form.Stage"] = "Assessment", ["Form.Reason"] = "The committee asked for an assessment.", ["Form.Version"] = (await app.VersionOfAsync(id)).ToString() });

        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
        var entry = await app.WithScopeAsync((_, db) => db.ChangeHistory.IgnoreQueryFilters().SingleAsync(h => h.ChangeId == id && h.Kind == ChangeHistoryKind.StageChanged));
        Assert.Equal(ChangeStage.Proposed, entry.FromStage);
        Assert.Equal(ChangeStage.Assessment, entry.ToStage);
        Assert.Equal("The committee asked for an assessment.", entry.Detail);
        Assert.Equal(Paritas.Web.Features.Organisations.Side.Workers, entry.BySide);
        var page = await (await steward.GetAsync($"/Changes/Details?id={id}")).Content.ReadAsStringAsync();
        Assert.Contains("The committee asked for an assessment.", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_organisations_change_is_not_found_on_any_page()
    {
        var org = await app.CreateOrganisationAsync();
        var other = await app.CreateOrganisationAsync();
        var theirs = await (await app.SignInAsAsync(Role.EmployerRepresentative, other)).RegisterChangeAsync("Their secret system");
        var employer = await app.SignInAsAsync(Role.EmployerRepresentative, org);

        foreach (var url in new[] { "/Changes/Details", "/Changes/Edit", "/Changes/Stage" })
        {
            var response = await employer.GetAsync($"{url}?id={theirs}");
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.DoesNotContain("Their secret system", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        Assert.DoesNotContain("Their secret system", await (await employer.GetAsync("/Changes")).Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
