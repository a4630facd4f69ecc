using System.Net;
using Microsoft.EntityFrameworkCore;
using Paritas.Web.Features.Accounts;
using Paritas.Web.Features.Agreements;
using Paritas.Web.Features.Changes;

namespace Paritas.IntegrationTests.Changes;

public sealed class StageGateTests(ParitasFactory app) : IClassFixture<ParitasFactory>
{
    [Fact]
    public async Task Roll_out_is_blocked_until_the_gating_obligation_is_met()
    {
        var org = await app.CreateOrganisationAsync();
        var units = await app.CreateUnitsAsync(org, 1);
        var employer = await app.SignInAsAsync(Role.EmployerRepresentative, org);
        await employer.ImportTemplateAsync("quebec-joint-committee");
        var id = await employer.RegisterChangeAsync("Scheduler", (units[0].Id, 10, app.Today().AddDays(40)));

        var blocked = await employer.MoveAsync(app, id, "RollOut");
        Assert.Equal(HttpStatusCode.OK, blocked.StatusCode);
        Assert.Contains("Consultation held is not met yet", await blocked.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var skipping = await employer.MoveAsync(app, id, "InUse");
        Assert.Contains("Consultation held is not met yet", await skipping.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(ChangeStage.Proposed, await StageOfAsync(id));

        var gate = (await app.ObligationsOfAsync(id)).Single(o => o.Kind == ObligationKind.ConsultationHeld);
        var met = await employer.PostFormAsync($"/Changes/Obligation?handler=Met&id={gate.Id}", new() { ["Form.Evidence"] = "Committee meeting of 3 March", ["Form.EvidenceUrl"] = "https://intranet.example.org/minutes/3", ["Form.Version"] = gate.Version.ToString() }, $"/Changes/Obligation?id={gate.Id}");
        Assert.Equal(HttpStatusCode.Redirect, met.StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, (await employer.MoveAsync(app, id, "RollOut")).StatusCode);
        Assert.Equal(ChangeStage.RollOut, await StageOfAsync(id));
    }

    [Fact]
    public async Task An_override_needs_one_side_to_propose_and_the_other_to_confirm()
    {
        var org = await app.CreateOrganisationAsync();
        var units = await app.CreateUnitsAsync(org, 1);
        var employer = await app.SignInAsAsync(Role.EmployerRepresentative, org);
        var otherEmployer = await app.SignInAsAsync(Role.OrganisationAdministrator, org);
        var steward = await app.SignInAsAsync(Role.WorkersRepresentative, org);
        await employer.ImportTemplateAsync("quebec-joint-committee");
        var id = await employer.RegisterChangeAsync("Scheduler", (units[0].Id, 10, app.Today().AddDays(40)));

        var proposed = await employer.PostFormAsync($"/Changes/Stage?handler=Override&id={id}", new() { ["Form.Stage"] = "RollOut", ["Form.Reason"] = "The old system stops working next week." }, $"/Changes/Stage?id={id}");
        Assert.Equal(HttpStatusCode.Redirect, proposed.StatusCode);
        var overrideId = await app.WithScopeAsync((_, db) => db.GateOverrides.IgnoreQueryFilters().Where(o => o.ChangeId == id).Select(o => o.Id).SingleAsync());

        var sameSide = await otherEmployer.PostFormAsync($"/Changes/Stage?handler=Confirm&id={id}", new() { ["overrideId"] = overrideId.ToString() }, $"/Changes/Stage?id={id}");
        Assert.Contains("The other side must confirm the override.", await sameSide.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(ChangeStage.Proposed, await StageOfAsync(id));

        var confirmed = await steward.PostFormAsync($"/Changes/Stage?handler=Confirm&id={id}", new() { ["overrideId"] = overrideId.ToString() }, $"/Changes/Stage?id={id}");
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        Assert.Equal(ChangeStage.RollOut, await StageOfAsync(id));
        var kinds = await app.WithScopeAsync((_, db) => db.ChangeHistory.IgnoreQueryFilters().Where(h => h.ChangeId == id).Select(h => h.Kind).ToListAsync());
        Assert.Contains(ChangeHistoryKind.OverrideProposed, kinds);
        Assert.Contains(ChangeHistoryKind.OverrideConfirmed, kinds);
        Assert.Contains(ChangeHistoryKind.StageChanged, kinds);
    }

    private Task<ChangeStage> StageOfAsync(Guid id) => app.WithScopeAsync((_, db) => db.DigitalChanges.IgnoreQueryFilters().Where(c => c.Id == id).Select(c => c.Stage).SingleAsync());
}
