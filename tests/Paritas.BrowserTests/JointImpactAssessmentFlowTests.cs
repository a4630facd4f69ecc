using System.Globalization;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Microsoft.Playwright;
using Paritas.BrowserTests.Harness;

namespace Paritas.BrowserTests;

/// <summary>
/// Acceptance 1 of the change register: the employer's and the workers' representatives, each in
/// their own browser, take a change from registration through the gate that the co-signed ex-ante
/// assessment holds, to roll-out and the signed report. axe runs on every page on the way.
/// </summary>
public sealed partial class JointImpactAssessmentFlowTests(ParitasApp app) : BrowserTest(app)
{
    private const string EmployerEmail = "employer@demo.paritas.test";
    private const string StewardEmail = "steward@demo.paritas.test";
    private const string ExAnteObligation = "Ex-ante assessment co-signed";

    [Fact]
    public async Task Both_sides_assess_a_change_separately_compare_conclude_co_sign_and_the_change_rolls_out()
    {
        var employer = await SignedInPageAsync(EmployerEmail);
        var steward = await SignedInPageAsync(StewardEmail);
        var title = "Home care visit app " + Guid.NewGuid().ToString("N")[..6];
        var firstGoLive = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(60);

        // The Québec rule gives the joint committee and the consultation their due dates; the new
        // technology agreement makes the co-signed ex-ante assessment a condition before piloting and rolling out.
        await EnsureTemplateAsync(employer, "Joint committee on technological change", "quebec-joint-committee");
        await EnsureTemplateAsync(employer, "New technology agreement", "new-technology-agreement");

        var changeId = await RegisterAsync(employer, title, firstGoLive);
        var main = employer.GetByRole(AriaRole.Main);
        var obligations = main.GetByRole(AriaRole.Table, new() { Name = "What each side owes under the agreements in force" });
        // Other tests may adopt further clauses into the demo organisation: read the Québec template's row.
        await Assertions.Expect(RowOf(obligations, "Joint committee formed").Filter(new() { HasText = "Joint committee on" })).ToContainTextAsync(DateOnly.FromDateTime(DateTime.UtcNow).AddDays(30).ToString("d", CultureInfo.GetCultureInfo("en")));
        await Assertions.Expect(RowOf(obligations, "Consultation held")).ToContainTextAsync(firstGoLive.AddDays(-14).ToString("d", CultureInfo.GetCultureInfo("en")));
        await Assertions.Expect(RowOf(obligations, ExAnteObligation)).ToContainTextAsync("Open");

        // Everything else that gates roll-out is met on the record, so only the assessment holds the gate.
        await MeetOtherGatingObligationsAsync(employer, changeId);
        await MoveAsync(employer, changeId, "Roll-out");
        await Assertions.Expect(employer.Locator(".error-summary")).ToContainTextAsync($"{ExAnteObligation} is not met yet");
        await AssertAccessibleAsync(employer);

        // Each side answers separately, and differently on worker surveillance.
        await employer.GotoAsync($"/Changes/Details?id={changeId}");
        await employer.GetByRole(AriaRole.Link, new() { Name = "Start the ex-ante assessment" }).ClickAsync();
        await AssertPageAsync(employer, "Start the ex-ante assessment");
        await employer.GetByRole(AriaRole.Button, new() { Name = "Start the assessment" }).ClickAsync();
        await AssertPageAsync(employer, "Ex-ante assessment, version 1");
        var assessmentUrl = employer.Url;
        await AnswerEverySectionAsync(employer, surveillanceAnswer: "A little");

        // Until the employer side shares its answers, they are its own draft.
        await steward.GotoAsync(assessmentUrl);
        await AssertPageAsync(steward, "Ex-ante assessment, version 1");
        var employerRow = steward.GetByRole(AriaRole.Table, new() { Name = "Scores of the two sides" }).GetByRole(AriaRole.Row).Filter(new() { HasText = "Employer side" });
        await Assertions.Expect(employerRow).ToContainTextAsync("Not shared yet: the other side's answers are its own until it shares them.");
        await ShareAsync(employer);
        await AnswerEverySectionAsync(steward, surveillanceAnswer: "Greatly");
        await ShareAsync(steward);

        // The differences are highlighted, in words as well as colour.
        await employer.GotoAsync(assessmentUrl);
        await employer.GetByRole(AriaRole.Link, new() { Name = "Compare the answers side by side" }).ClickAsync();
        await AssertPageAsync(employer, "Both sides' answers side by side");
        var compare = employer.GetByRole(AriaRole.Main);
        await Assertions.Expect(compare.GetByText("The sides answered 2 questions differently.")).ToBeVisibleAsync();
        var surveillance = compare.GetByRole(AriaRole.Table, new() { Name = "Worker data and surveillance" });
        await Assertions.Expect(surveillance.Locator("tr.differs")).ToHaveCountAsync(2);
        await Assertions.Expect(surveillance.Locator("tr.differs").First).ToContainTextAsync("Differs");
        await Assertions.Expect(compare.Locator("tr.differs")).ToHaveCountAsync(2);

        // The committee records a conclusion on every section.
        for (var i = 0; i < 10; i++)
        {
            await compare.GetByRole(AriaRole.Link, new() { NameRegex = RecordConclusion() }).First.ClickAsync();
            await Assertions.Expect(employer.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Joint conclusion on");
            await AssertAccessibleAsync(employer);
            await employer.GetByLabel("What the joint committee concludes on this section").FillAsync($"Conclusion {i + 1}: agreed in the committee meeting.");
            await employer.GetByRole(AriaRole.Button, new() { Name = "Save the conclusion" }).ClickAsync();
            await AssertPageAsync(employer, "Both sides' answers side by side");
        }

        await Assertions.Expect(compare.GetByRole(AriaRole.Link, new() { NameRegex = RecordConclusion() })).ToHaveCountAsync(0);

        // Both sign, each with a fresh code from their authenticator.
        await SignAsync(employer, assessmentUrl, EmployerEmail);
        await SignAsync(steward, assessmentUrl, StewardEmail);
        await Assertions.Expect(steward.GetByRole(AriaRole.Main)).ToContainTextAsync("Co-signed by both sides");

        // The gate opens and the change moves to roll-out.
        await MoveAsync(employer, changeId, "Roll-out");
        await AssertPageAsync(employer, title);
        await Assertions.Expect(employer.GetByRole(AriaRole.Main).Locator("p.lead .tag")).ToHaveTextAsync("Roll-out");
        await Assertions.Expect(RowOf(employer.GetByRole(AriaRole.Table, new() { Name = "What each side owes under the agreements in force" }), ExAnteObligation)).ToContainTextAsync("Met");

        // The signed report downloads and is a valid Word document.
        await employer.GotoAsync(assessmentUrl);
        await AssertPageAsync(employer, "Ex-ante assessment, version 1");
        var download = await employer.RunAndWaitForDownloadAsync(() => employer.GetByRole(AriaRole.Link, new() { Name = "Download the assessment (DOCX)" }).ClickAsync());
        var path = Path.Combine(Path.GetTempPath(), $"assessment-{Guid.NewGuid():N}.docx");
        await download.SaveAsAsync(path);
        try
        {
            using var document = WordprocessingDocument.Open(path, false);
            var errors = new OpenXmlValidator().Validate(document).Select(e => e.Description).ToList();
            Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
            Assert.Contains(title, document.MainDocumentPart!.Document.Body!.InnerText, StringComparison.Ordinal);
            Assert.Contains("Conclusion 10: agreed in the committee meeting.", document.MainDocumentPart.Document.Body.InnerText, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private async Task EnsureTemplateAsync(IPage page, string agreementTitle, string key)
    {
        await page.GotoAsync("/Agreements");
        await AssertPageAsync(page, "Agreements");
        if (await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = agreementTitle, Exact = true }).CountAsync() > 0)
        {
            return;
        }

        await page.GotoAsync("/Agreements/Import");
        await AssertPageAsync(page, "Import an agreement template");
        await page.Locator($"#template-{key}").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Import the template" }).ClickAsync();
        await AssertPageAsync(page, agreementTitle);
    }

    private async Task<Guid> RegisterAsync(IPage page, string title, DateOnly firstGoLive)
    {
        await page.GotoAsync("/Changes/Register");
        await AssertPageAsync(page, "Register a digital change");
        await page.GetByLabel("Title", new() { Exact = true }).FillAsync(title);
        await page.GetByLabel("Category", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Mobile devices and apps" });
        await page.GetByLabel("Hosting", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Hosted by the vendor" });
        (string Unit, int People, DateOnly GoLive)[] units = [("Home care north (HSC-HOME-N)", 64, firstGoLive), ("Home care south (HSC-HOME-S)", 58, firstGoLive.AddDays(30))];
        for (var i = 0; i < units.Length; i++)
        {
            var row = page.GetByRole(AriaRole.Group, new() { Name = $"Affected unit {i + 1}", Exact = true });
            await row.GetByLabel("Unit", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = units[i].Unit });
            await row.GetByLabel("People affected").FillAsync(units[i].People.ToString(CultureInfo.InvariantCulture));
            await row.GetByLabel("Go-live date").FillAsync(units[i].GoLive.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        await page.GetByLabel("Location tracking").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Register the change" }).ClickAsync();
        await AssertPageAsync(page, title);
        return Guid.Parse(new Uri(page.Url).Query.Split("id=")[1][..36]);
    }

    private async Task MeetOtherGatingObligationsAsync(IPage page, Guid changeId)
    {
        while (true)
        {
            await page.GotoAsync($"/Changes/Details?id={changeId}");
            await AssertPageAsync(page, await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).InnerTextAsync());
            var rows = page.GetByRole(AriaRole.Table, new() { Name = "What each side owes under the agreements in force" }).GetByRole(AriaRole.Row);
            string? next = null;
            for (var i = 1; i < await rows.CountAsync(); i++)
            {
                var cells = await rows.Nth(i).GetByRole(AriaRole.Cell).AllInnerTextsAsync();
                if (cells[0].Trim() != ExAnteObligation && cells[3].Contains("Open", StringComparison.Ordinal) && cells[4].Trim().Length > 0)
                {
                    next = cells[0].Trim();
                    break;
                }
            }

            if (next is null)
            {
                return;
            }

            await page.GetByRole(AriaRole.Link, new() { Name = next, Exact = true }).First.ClickAsync();
            await AssertAccessibleAsync(page);
            await page.GetByLabel("Evidence", new() { Exact = true }).FillAsync("Minutes of the joint committee meeting.");
            await page.GetByRole(AriaRole.Button, new() { Name = "Record as met" }).ClickAsync();
        }
    }

    private async Task MoveAsync(IPage page, Guid changeId, string stage)
    {
        await page.GotoAsync($"/Changes/Stage?id={changeId}");
        await AssertPageAsync(page, "Change the stage");
        await page.GetByLabel(stage, new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Why").FillAsync("Agreed in the joint committee.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Move the change" }).ClickAsync();
    }

    /// <summary>Answers every section of the questionnaire for the page's side.</summary>
    private async Task AnswerEverySectionAsync(IPage page, string surveillanceAnswer)
    {
        await page.GetByRole(AriaRole.Link, new() { Name = "Answer the questions" }).ClickAsync();
        for (var section = 0; section < 10; section++)
        {
            await AssertAccessibleAsync(page);
            var heading = await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).InnerTextAsync();
            var questions = page.GetByRole(AriaRole.Main).Locator("form fieldset");
            for (var q = 0; q < await questions.CountAsync(); q++)
            {
                var question = questions.Nth(q);
                var impact = await question.GetByLabel("A little", new() { Exact = true }).CountAsync() > 0;
                var answer = !impact ? "Yes, agreed and resourced" : heading == "Worker data and surveillance" ? surveillanceAnswer : "A little";
                await question.GetByLabel(answer, new() { Exact = true }).CheckAsync();
            }

            var next = page.GetByRole(AriaRole.Button, new() { Name = "Save and go to the next section" });
            await (await next.CountAsync() > 0 ? next : page.GetByRole(AriaRole.Button, new() { Name = "Save and go back to the assessment" })).ClickAsync();
        }

        await AssertPageAsync(page, "Ex-ante assessment, version 1");
        await Assertions.Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync("32 of 32 questions answered.");
    }

    private async Task ShareAsync(IPage page)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Share your side's answers" }).ClickAsync();
        await AssertPageAsync(page, "Ex-ante assessment, version 1");
        await Assertions.Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync("Your side shared its answers");
    }

    private async Task SignAsync(IPage page, string assessmentUrl, string email)
    {
        await page.GotoAsync(assessmentUrl);
        await page.GetByRole(AriaRole.Link, new() { Name = "Sign for your side" }).ClickAsync();
        await AssertPageAsync(page, "Sign for your side");
        await page.GetByLabel("Code from your authenticator app").FillAsync(await App.Authenticators.NextCodeAsync(email));
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign", Exact = true }).ClickAsync();
        await AssertPageAsync(page, "Ex-ante assessment, version 1");
    }

    private async Task AssertPageAsync(IPage page, string heading)
    {
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(heading);
        await AssertAccessibleAsync(page);
    }

    private static ILocator RowOf(ILocator table, string obligation) => table.GetByRole(AriaRole.Row).Filter(new() { HasText = obligation });

    [GeneratedRegex("^Record the joint conclusion on ")]
    private static partial Regex RecordConclusion();
}
