using Microsoft.EntityFrameworkCore;
using Paritas.Web.Features.Audit;

namespace Paritas.IntegrationTests.Concerns;

/// <summary>A named reporter's identity opens only when a member of each side approves, and every step is audited.</summary>
public sealed class IdentityOpeningTests(ParitasFactory app) : IClassFixture<ParitasFactory>
{
    [Fact]
    public async Task One_side_alone_cannot_open_a_named_reporters_identity_and_both_sides_together_can()
    {
        var world = await app.ArrangeConcernWorldAsync();
        var reporter = app.NewReporter();
        await reporter.RaiseAsync(world, "My manager reads my location history.", "PrivacyAndMonitoring", "Named", extra: new() { ["Form.Name"] = "Kari Nordmann", ["Form.Contact"] = "kari@example.org" });
        var id = await app.OnlyConcernOfAsync(world);
        var employer = await app.CommitteeBrowserAsync(world.Employer);
        var worker = await app.CommitteeBrowserAsync(world.Worker);

        var details = await (await employer.GetAsync($"/Concerns/Details?id={id}")).Content.ReadAsStringAsync();
        var employerAlone = await (await employer.PostFormAsync($"/Concerns/Details?id={id}&handler=Identity", [], $"/Concerns/Details?id={id}")).Content.ReadAsStringAsync();
        var employerAgain = await (await employer.PostFormAsync($"/Concerns/Details?id={id}&handler=Identity", [], $"/Concerns/Details?id={id}")).Content.ReadAsStringAsync();
        var bothSides = await (await worker.PostFormAsync($"/Concerns/Details?id={id}&handler=Identity", [], $"/Concerns/Details?id={id}")).Content.ReadAsStringAsync();

        Assert.DoesNotContain("Kari Nordmann", details, StringComparison.Ordinal);
        Assert.DoesNotContain("Kari Nordmann", employerAlone, StringComparison.Ordinal);
        Assert.DoesNotContain("Kari Nordmann", employerAgain, StringComparison.Ordinal);
        Assert.Contains("Kari Nordmann", bothSides, StringComparison.Ordinal);
        Assert.Contains("kari@example.org", bothSides, StringComparison.Ordinal);
        var audited = await app.WithScopeAsync((_, db) => db.AuditEntries.Where(a => a.Subject == id.ToString("D")).Select(a => a.Action).ToListAsync());
        Assert.Equal(2, audited.Count(a => a == AuditActions.ConcernIdentityApproved));
        Assert.Contains(AuditActions.ConcernIdentityOpened, audited);
        Assert.DoesNotContain("Kari Nordmann", await DatabaseText.ReadAsync(app), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_anonymous_reporter_can_give_their_name_later_and_it_is_then_sealed_for_both_sides()
    {
        var world = await app.ArrangeConcernWorldAsync();
        var reporter = app.NewReporter();
        var receipt = await reporter.RaiseAsync(world, "The new rota tool ignores my part-time hours.", "Workload", "AnonymousMayDisclose");

        var page = await reporter.FollowAsync(receipt, "Disclose", new() { ["Form.Name"] = "Ola Hansen" });

        Assert.DoesNotContain("Give your name", page, StringComparison.Ordinal);
        var stored = await app.WithScopeAsync((_, db) => db.Concerns.IgnoreQueryFilters().Where(c => c.OrganisationId == world.Organisation.Id).Select(c => new { c.Reporter, c.IdentityDisclosedLater, HasIdentity = c.Identity != null }).SingleAsync());
        Assert.True(stored.IdentityDisclosedLater);
        Assert.True(stored.HasIdentity);
        Assert.Equal(Paritas.Web.Features.Concerns.ReporterChoice.Named, stored.Reporter);
    }
}
