using System.Globalization;
using Microsoft.Playwright;
using Paritas.BrowserTests.Harness;
using Paritas.Web.Features.Absence.Analysis;

namespace Paritas.BrowserTests;

/// <summary>
/// Acceptance 5 of the absence issue: an employer representative imports the demo's HR files
/// through the import page, opens the demo change and reads the analysis — chart, table and
/// sentence — with axe passing on every page on the way.
/// </summary>
public sealed class AbsenceImportAndAnalysisTests(ParitasApp app) : BrowserTest(app)
{
    private const string Employer = "employer@demo.paritas.test";

    [Fact]
    public async Task An_employer_representative_imports_the_demo_HR_files_and_reads_the_analysis_of_the_demo_change()
    {
        // The demo seed leaves the files it imported next to the app; the period is the one it used.
        var folder = DemoAbsence.FilesDirectory(Path.GetDirectoryName(AppServer.LocateEntryAssembly())!);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var last = new DateOnly(today.Year, today.Month, 1).AddMonths(-1);
        var first = last.AddMonths(-(DemoAbsence.Months - 1));
        var page = await SignedInPageAsync(Employer);

        await page.GotoAsync("/Absence/Import");
        await AssertAccessibleAsync(page);
        await page.GetByLabel("Spells file").SetInputFilesAsync(Path.Combine(folder, DemoAbsence.SpellsFile));
        await page.GetByLabel("Workforce file").SetInputFilesAsync(Path.Combine(folder, DemoAbsence.WorkforceFile));
        await page.GetByLabel("First month").FillAsync(first.ToString("yyyy-MM", CultureInfo.InvariantCulture));
        await page.GetByLabel("Last month").FillAsync(last.ToString("yyyy-MM", CultureInfo.InvariantCulture));
        await page.GetByRole(AriaRole.Button, new() { Name = "Import", Exact = true }).ClickAsync();

        var main = page.GetByRole(AriaRole.Main);
        await Assertions.Expect(main.GetByRole(AriaRole.Status).Filter(new() { HasTextRegex = new("^\\s*Imported [\\d,]+ spell rows and [\\d,]+ workforce rows") }))
            .ToBeVisibleAsync();
        await AssertAccessibleAsync(page);

        await page.GotoAsync("/Changes");
        await AssertAccessibleAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = DemoAbsence.ChangeTitle }).ClickAsync();
        await Assertions.Expect(main.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(DemoAbsence.ChangeTitle);

        var analysis = main.GetByRole(AriaRole.Region, new() { Name = "Sickness absence after go-live" });
        await Assertions.Expect(analysis).ToBeVisibleAsync();
        await Assertions.Expect(analysis.Locator("p.analysis__sentence").Filter(new() { HasTextRegex = new("^After go-live, new musculoskeletal absence spells in the affected units .+\\(95% CI .+ to .+\\)\\.$") }))
            .ToHaveCountAsync(1);
        await Assertions.Expect(analysis.Locator("figure.analysis__chart svg").First).ToBeVisibleAsync();
        await Assertions.Expect(analysis.GetByRole(AriaRole.Table, new() { Name = "Estimated change after go-live" }).First.GetByRole(AriaRole.Row).Filter(new() { HasText = "Change in level at go-live" }))
            .ToHaveCountAsync(1);
        // Home care north and south went live in different months: each is also analysed alone.
        await Assertions.Expect(analysis.GetByRole(AriaRole.Heading, new() { Name = "Each affected unit on its own" })).ToBeVisibleAsync();
        await Assertions.Expect(analysis.GetByRole(AriaRole.Table).Filter(new() { HasText = "HSC-HOME-S, live from" })).ToHaveCountAsync(1);
        await AssertAccessibleAsync(page);
    }
}
