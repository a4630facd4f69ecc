using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Paritas.IntegrationTests.OrganisationSetup;
using Paritas.Web.Features.Absence;
using Paritas.Web.Features.Absence.Analysis;
using Paritas.Web.Features.Organisations;

namespace Paritas.IntegrationTests.Absence.Analysis;

public sealed class AnalysisAlertTests(ParitasFactory app) : IClassFixture<ParitasFactory>
{
    [Fact]
    public async Task A_significant_worsening_mails_the_joint_committee_once_per_change_indicator_and_import()
    {
        var arranged = await AnalysisSteps.ArrangeAsync(app, import: false);
        var (chair, steward) = (await app.CreateUserAsync(arranged.Org, null), await app.CreateUserAsync(arranged.Org, null));
        await app.WithScopeAsync(async (_, db) =>
        {
            var committee = new JointCommittee(arranged.Org.Id, "Joint committee");
            db.JointCommittees.Add(committee);
            db.CommitteeMembers.AddRange(new CommitteeMember(committee, chair.Id, Side.Employer, CommitteeRole.Chair), new CommitteeMember(committee, steward.Id, Side.Workers, CommitteeRole.ShopSteward));
            await db.SaveChangesAsync();
            return 0;
        });

        await AnalysisSteps.ImportAsync(arranged.Employer, 60, 2026, msdRise: 4);

        var alerts = await AlertsAsync(arranged.Org.Id);
        Assert.Contains(AnalysisIndicator.MsdIncidence, alerts.Select(a => a.Indicator));
        var mails = MailFolderReader.To(app.MailFolder, steward.Email);
        Assert.Equal(alerts.Count, mails.Count);
        Assert.Equal(alerts.Count, MailFolderReader.To(app.MailFolder, chair.Email).Count);
        Assert.Contains("Sickness absence rose after the go-live of Care-planning app", mails[0].Subject, StringComparison.Ordinal);
        Assert.Contains($"/Changes/Details?id={arranged.ChangeId:D}", mails[0].Body, StringComparison.Ordinal);
        Assert.DoesNotContain("%", mails[0].Body, StringComparison.Ordinal);

        // The same import checked again raises nothing new.
        var again = await app.WithScopeAsync((services, db) =>
        {
            db.Tenant.SetOrganisation(arranged.Org.Id);
            return services.GetRequiredService<AnalysisAlerts>().RaiseAsync(arranged.Org.Id, alerts[0].ImportId, default);
        });
        Assert.Equal(0, again);
        Assert.Equal(alerts.Count, MailFolderReader.To(app.MailFolder, steward.Email).Count);

        // A new import is news again.
        await AnalysisSteps.ImportAsync(arranged.Employer, 60, 2026, msdRise: 4);
        Assert.Equal(2 * alerts.Count, MailFolderReader.To(app.MailFolder, steward.Email).Count);
    }

    [Fact]
    public async Task Without_a_worsening_nobody_is_alerted()
    {
        var arranged = await AnalysisSteps.ArrangeAsync(app, headcount: 4);

        Assert.Empty(await AlertsAsync(arranged.Org.Id));
        Assert.Equal(1, await app.CountAsync(db => db.Set<AbsenceImport>().Where(i => i.OrganisationId == arranged.Org.Id)));
    }

    private Task<List<AnalysisAlert>> AlertsAsync(Guid orgId) => app.WithScopeAsync((_, db) =>
        db.Set<AnalysisAlert>().IgnoreQueryFilters().Where(a => a.OrganisationId == orgId).OrderBy(a => a.Indicator).ToListAsync());
}
