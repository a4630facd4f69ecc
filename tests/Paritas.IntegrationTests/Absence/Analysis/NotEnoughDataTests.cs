using Paritas.Web.Features.Accounts;

namespace Paritas.IntegrationTests.Absence.Analysis;

public sealed class NotEnoughDataTests(ParitasFactory app) : IClassFixture<ParitasFactory>
{
    [Fact]
    public async Task Small_units_show_not_enough_data_and_no_numbers()
    {
        var arranged = await AnalysisSteps.ArrangeAsync(app, headcount: 4);
        var osh = await app.SignInAsAsync(Role.OshOfficer, arranged.Org);

        var section = AnalysisSteps.Section(await AnalysisSteps.ChangePageAsync(osh, arranged.ChangeId));

        Assert.Contains("Not enough data yet: the affected units are too small to show figures without identifying people.", section, StringComparison.Ordinal);
        Assert.DoesNotContain("<svg", section, StringComparison.Ordinal);
        Assert.DoesNotContain("<td>", section, StringComparison.Ordinal);
        Assert.DoesNotContain("%", section.Replace("95%", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Equal(["shown 0, withheld 3, did none"], await AnalysisSteps.AuditOutcomesAsync(app, arranged.Org.Id));
    }

    [Fact]
    public async Task Before_any_import_the_page_says_there_is_not_enough_data()
    {
        var arranged = await AnalysisSteps.ArrangeAsync(app, import: false);
        var osh = await app.SignInAsAsync(Role.OshOfficer, arranged.Org);

        var section = AnalysisSteps.Section(await AnalysisSteps.ChangePageAsync(osh, arranged.ChangeId));

        Assert.Contains("Not enough data yet: no sickness absence data has been imported for the affected units.", section, StringComparison.Ordinal);
        Assert.DoesNotContain("<svg", section, StringComparison.Ordinal);
    }
}
