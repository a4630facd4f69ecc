using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Paritas.Web.Features.Absence.Analysis;
using Paritas.Web.Features.Accounts;

namespace Paritas.IntegrationTests.Absence.Analysis;

public sealed class AnalysisIsolationTests(ParitasFactory app) : IClassFixture<ParitasFactory>
{
    [Fact]
    public async Task Another_organisations_change_is_not_found()
    {
        var theirs = await AnalysisSteps.ArrangeAsync(app);
        var mine = await app.CreateOrganisationAsync();
        var osh = await app.SignInAsAsync(Role.OshOfficer, mine);

        var response = await osh.GetAsync($"/Changes/Details?id={theirs.ChangeId}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Empty(await AnalysisSteps.AuditOutcomesAsync(app, mine.Id));
        Assert.Empty(await AnalysisSteps.AuditOutcomesAsync(app, theirs.Org.Id));
    }

    [Fact]
    public async Task Another_organisations_absence_never_enters_the_analysis()
    {
        var mine = await AnalysisSteps.ArrangeAsync(app);
        var before = await ComputeAsync(mine);

        // Same unit codes and months, different people: if any of their cells leaked in, the numbers would move.
        await AnalysisSteps.ArrangeAsync(app, headcount: 80, seed: 99);
        var after = await ComputeAsync(mine);

        Assert.NotNull(before);
        Assert.Equal(Describe(before), Describe(after!));
        Assert.Null(await app.WithScopeAsync((services, db) =>
        {
            db.Tenant.SetOrganisation(Guid.NewGuid());
            return services.GetRequiredService<ChangeAnalyses>().ComputeAsync(mine.ChangeId, default);
        }));
    }

    private Task<ChangeAnalysisResult?> ComputeAsync(AnalysisSteps.Arranged arranged) => app.WithScopeAsync((services, db) =>
    {
        db.Tenant.SetOrganisation(arranged.Org.Id);
        return services.GetRequiredService<ChangeAnalyses>().ComputeAsync(arranged.ChangeId, default);
    });

    private static string Describe(ChangeAnalysisResult result) =>
        string.Join('|', result.Indicators.Select(i => $"{i.Indicator} {i.LevelChange} {string.Join(',', i.Points.Select(p => p.Observed))}")) + $"|{result.Did}";
}
