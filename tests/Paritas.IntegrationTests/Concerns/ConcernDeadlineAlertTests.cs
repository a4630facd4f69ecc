using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Paritas.IntegrationTests.OrganisationSetup;
using Paritas.IntegrationTests.Changes;
using Paritas.Web.Features.Concerns;

namespace Paritas.IntegrationTests.Concerns;

/// <summary>Acceptance 3, on the test clock: a missing acknowledgement, the 30 November case, reminders and idempotent daily alerts.</summary>
public sealed class ConcernDeadlineAlertTests(ParitasFactory app) : IClassFixture<ParitasFactory>
{
    [Fact]
    public async Task A_missing_acknowledgement_is_flagged_on_the_change_page_and_mailed_to_the_committee_once_a_day()
    {
        var world = await app.ArrangeConcernWorldAsync();
        await app.NewReporter().RaiseAsync(world, "Scanner app freezes at the depot.", "PrivacyAndMonitoring");
        var raisedOn = app.Today();
        var alerts = app.Services.GetRequiredService<ConcernAlerts>();

        int MailsToCommittee() => MailFolderReader.All(app.MailFolder).Count(m => m.To == world.Employer.Email || m.To == world.Worker.Email);

        await alerts.RunAsync(raisedOn.AddDays(5), default);
        var afterReminder = MailsToCommittee();
        var overdueDay = raisedOn.AddDays(8);
        await alerts.RunAsync(overdueDay, default);
        var afterOverdue = MailsToCommittee();
        await alerts.RunAsync(overdueDay, default);

        Assert.Equal(2, afterReminder);
        Assert.Equal(4, afterOverdue);
        Assert.Equal(4, MailsToCommittee());
        var mails = MailFolderReader.All(app.MailFolder).Where(m => m.To == world.Employer.Email).ToList();
        Assert.Contains(mails, m => m.Body.Contains("Acknowledgement due on", StringComparison.Ordinal));
        Assert.Contains(mails, m => m.Body.Contains("Acknowledgement overdue since", StringComparison.Ordinal));
        Assert.DoesNotContain(mails, m => m.Body.Contains("Scanner app freezes", StringComparison.Ordinal));

        app.Clock.Advance(TimeSpan.FromDays(8));
        var committee = await app.SignInAsync(world.Worker);
        var changePage = await (await committee.GetAsync($"/Changes/Details?id={world.ChangeId}")).Content.ReadAsStringAsync();
        Assert.Contains("A concern is overdue", changePage, StringComparison.Ordinal);
        var feedbackDue = await app.WithScopeAsync((_, db) => db.Concerns.IgnoreQueryFilters().Where(c => c.OrganisationId == world.Organisation.Id).Select(c => c.FeedbackDueOn).SingleAsync());
        Assert.Equal(raisedOn.AddDays(7).AddMonths(3), feedbackDue);
    }

    [Fact]
    public async Task Acknowledged_on_30_November_the_answer_falls_due_at_the_end_of_February_and_is_overdue_on_1_March()
    {
        var world = await app.ArrangeConcernWorldAsync();
        var id = await app.WithScopeAsync(async (_, db) =>
        {
            db.Tenant.SetOrganisation(world.Organisation.Id);
            var concern = new Concern(world.Organisation.Id, world.ChangeId, world.Unit.Id, ConcernCategory.DataProtectionAndSecurity, ReporterChoice.Anonymous, false, new DateOnly(2026, 11, 26), ConcernTerms.Default);
            concern.SetReceipt(Guid.NewGuid().ToByteArray(), ConcernSeal.NewSalt(), new byte[32], new byte[64]);
            concern.Acknowledge(new DateOnly(2026, 11, 30), ConcernTerms.Default);
            db.Concerns.Add(concern);
            await db.SaveChangesAsync();
            return concern.Id;
        });
        var alerts = app.Services.GetRequiredService<ConcernAlerts>();

        var onTheDay = await alerts.RunAsync(new DateOnly(2027, 2, 28), default);
        var dayAfter = await alerts.RunAsync(new DateOnly(2027, 3, 1), default);

        var due = await app.WithScopeAsync((_, db) => db.Concerns.IgnoreQueryFilters().Where(c => c.Id == id).Select(c => c.FeedbackDueOn).SingleAsync());
        Assert.Equal(new DateOnly(2027, 2, 28), due);
        var kinds = await app.WithScopeAsync((_, db) => db.ConcernAlerts.IgnoreQueryFilters().Where(a => a.ConcernId == id).Select(a => new { a.Kind, a.Day }).ToListAsync());
        Assert.Contains(kinds, k => k.Kind == ConcernAlertKind.FeedbackReminder && k.Day == new DateOnly(2027, 2, 28));
        Assert.Contains(kinds, k => k.Kind == ConcernAlertKind.FeedbackOverdue && k.Day == new DateOnly(2027, 3, 1));
        Assert.DoesNotContain(kinds, k => k.Kind == ConcernAlertKind.FeedbackOverdue && k.Day == new DateOnly(2027, 2, 28));
        Assert.True(onTheDay.Mails > 0 && dayAfter.Mails > 0);
    }

    [Fact]
    public async Task An_organisation_that_acknowledges_automatically_starts_the_answer_clock_on_the_day_of_receipt()
    {
        var world = await app.ArrangeConcernWorldAsync();
        await app.WithScopeAsync(async (_, db) =>
        {
            var settings = new ConcernSettings(world.Organisation.Id);
            settings.Change(7, 10, null, autoAcknowledge: true, 365);
            db.ConcernSettings.Add(settings);
            await db.SaveChangesAsync();
            return 0;
        });

        await app.NewReporter().RaiseAsync(world, "The chatbot sends citizens to a closed office.", "ServiceToCitizens");

        var stored = await app.WithScopeAsync((_, db) => db.Concerns.IgnoreQueryFilters().Where(c => c.OrganisationId == world.Organisation.Id).Select(c => new { c.Status, c.AcknowledgedOn, c.FeedbackDueOn }).SingleAsync());
        Assert.Equal(ConcernStatus.Acknowledged, stored.Status);
        Assert.Equal(app.Today(), stored.AcknowledgedOn);
        Assert.Equal(app.Today().AddDays(10), stored.FeedbackDueOn);
    }
}
