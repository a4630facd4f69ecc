using System.Net;
using Microsoft.EntityFrameworkCore;
using Paritas.IntegrationTests.Changes;
using Paritas.Web.Features.Accounts;
using Paritas.Web.Features.Concerns;
using Paritas.Web.Features.Organisations;

namespace Paritas.IntegrationTests.Concerns;

public sealed class FieldFeedbackTests(ParitasFactory app) : IClassFixture<ParitasFactory>
{
    [Fact]
    public async Task A_digital_agent_logs_field_feedback_as_a_named_concern_that_the_committee_reads()
    {
        var world = await app.ArrangeConcernWorldAsync();
        var agent = await app.SignInAsync(await app.SeatAsync(world.Organisation, Role.DigitalAgent, Side.Workers, CommitteeRole.DigitalAgent));

        var logged = await agent.PostFormAsync($"/Concerns/FieldFeedback?changeId={world.ChangeId}", new()
        {
            ["Form.UnitId"] = world.Unit.Id.ToString(),
            ["Form.Category"] = "Equipment",
            ["Form.Text"] = "Scanner batteries last four hours, a shift is eight.",
        });

        Assert.Equal(HttpStatusCode.Redirect, logged.StatusCode);
        var stored = await app.WithScopeAsync((_, db) => db.Concerns.IgnoreQueryFilters().Where(c => c.OrganisationId == world.Organisation.Id)
            .Select(c => new { c.Id, c.FieldFeedback, c.Reporter, HasIdentity = c.Identity != null }).SingleAsync());
        Assert.True(stored.FieldFeedback);
        Assert.Equal(ReporterChoice.Named, stored.Reporter);
        Assert.True(stored.HasIdentity);
        var committee = await app.CommitteeBrowserAsync(world.Employer);
        var details = await (await committee.GetAsync($"/Concerns/Details?id={stored.Id}")).Content.ReadAsStringAsync();
        Assert.Contains("Scanner batteries last four hours", details, StringComparison.Ordinal);
        Assert.Contains("Field feedback from a digital agent", details, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_employer_side_cannot_log_field_feedback()
    {
        var world = await app.ArrangeConcernWorldAsync();
        var employer = await app.SignInAsync(world.Employer);

        var response = await employer.GetAsync($"/Concerns/FieldFeedback?changeId={world.ChangeId}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/Account/Denied", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }
}
