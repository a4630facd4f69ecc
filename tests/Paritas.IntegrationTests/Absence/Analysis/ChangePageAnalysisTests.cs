using Paritas.Web.Features.Absence.Analysis;
using Paritas.Web.Features.Accounts;

namespace Paritas.IntegrationTests.Absence.Analysis;

public sealed class ChangePageAnalysisTests(ParitasFactory app) : IClassFixture<ParitasFactory>
{
    [Fact]
    public async Task After_an_import_the_change_page_shows_the_chart_the_table_and_the_sentence()
    {
        var arranged = await AnalysisSteps.ArrangeAsync(app);
        var osh = await app.SignInAsAsync(Role.OshOfficer, arranged.Org);

        var section = AnalysisSteps.Section(await AnalysisSteps.ChangePageAsync(osh, arranged.ChangeId));

        Assert.Contains("<svg", section, StringComparison.Ordinal);
        Assert.Contains("role=\"img\" aria-labelledby=\"analysis-absencerate-chart-title analysis-absencerate-chart-desc\"", section, StringComparison.Ordinal);
        Assert.Contains($"stroke=\"{AnalysisChart.GoLiveColour}\"", section, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"col\">Expected without the change</th>", section, StringComparison.Ordinal);
        Assert.Contains("Dec 2025", section, StringComparison.Ordinal);
        Assert.Contains("After go-live, sickness absence in the affected units", section, StringComparison.Ordinal);
        Assert.Contains("95% CI", section, StringComparison.Ordinal);
        Assert.Contains("Change in level at go-live", section, StringComparison.Ordinal);
        Assert.Contains("Units that went live at different times", section, StringComparison.Ordinal);
        Assert.DoesNotContain("Not enough data yet", section, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", section, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("style=", section, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_view_is_audited_without_values()
    {
        var arranged = await AnalysisSteps.ArrangeAsync(app);
        var osh = await app.SignInAsAsync(Role.OshOfficer, arranged.Org);
        var viewer = await app.SignInAsAsync(Role.Viewer, arranged.Org);

        await AnalysisSteps.ChangePageAsync(osh, arranged.ChangeId);
        var viewerSection = AnalysisSteps.Section(await AnalysisSteps.ChangePageAsync(viewer, arranged.ChangeId));

        Assert.DoesNotContain("<svg", viewerSection, StringComparison.Ordinal);
        Assert.Equal(["shown 3, withheld 0, did shown", "denied"], await AnalysisSteps.AuditOutcomesAsync(app, arranged.Org.Id));
    }

    [Fact]
    public async Task The_page_speaks_the_readers_language_and_formats_numbers_for_it()
    {
        var arranged = await AnalysisSteps.ArrangeAsync(app);
        var osh = await app.SignInAsAsync(Role.OshOfficer, arranged.Org);
        var switched = await osh.PostFormAsync("/Culture", new() { ["culture"] = "de", ["returnUrl"] = "/" }, pageUrl: "/");
        Assert.Equal(System.Net.HttpStatusCode.Redirect, switched.StatusCode);

        var section = AnalysisSteps.Section(await AnalysisSteps.ChangePageAsync(osh, arranged.ChangeId));

        // German puts a space before the percent sign and writes decimal commas, translated yet or not.
        Assert.Matches(@"\d\s%", section);
        Assert.Matches(@"<td>\d,\d\d</td>", section);
        Assert.DoesNotMatch(@"<td>\d\.\d\d</td>", section);
    }
}
