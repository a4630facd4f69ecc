using System.Net;
using DocumentFormat.OpenXml.Packaging;
using Paritas.IntegrationTests.Changes;
using Paritas.Web.Features.Accounts;
using Paritas.Web.Features.Agreements;
using Paritas.Web.Features.Changes;

namespace Paritas.IntegrationTests.Surveys;

public sealed class SurveyResultsPagesTests(ParitasFactory app) : IClassFixture<ParitasFactory>
{
    [Fact]
    public async Task A_survey_of_a_change_is_made_on_the_pages_and_closing_its_baseline_meets_the_obligation()
    {
        await app.EnsureTestInstrumentAsync();
        var org = await app.CreateOrganisationAsync();
        var units = await app.CreateUnitTreeAsync(org);
        var employer = await app.SignInAsAsync(Role.EmployerRepresentative, org);
        await employer.ImportTemplateAsync("new-technology-agreement");
        var change = await employer.RegisterChangeAsync("Care phones", (units["A"], 30, app.Today().AddDays(60)));
        Assert.Contains(await app.ObligationsOfAsync(change), o => o.Kind == ObligationKind.BaselineSurveyClosed && o.Status == ObligationStatus.Open);

        var created = await employer.PostFormAsync("/Surveys/Create", new() { ["Form.Title"] = "Care phones survey", ["Form.Instrument"] = "paritas_test@1.0.0", ["Form.Change"] = change.ToString() });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var survey = ChangeSteps.IdFrom(created);
        var opened = await employer.PostFormAsync($"/Surveys/Details?id={survey}", new() { ["Form.Kind"] = "Baseline" });
        Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);
        var wave = ChangeSteps.IdFrom(opened);

        var csv = await employer.PostFormAsync($"/Surveys/Wave?id={wave}&handler=Tokens", new() { ["Form.Unit"] = "A", ["Form.Count"] = "6", ["format"] = "csv" }, $"/Surveys/Wave?id={wave}");
        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        var tokens = (await csv.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.Split(',')[2]).ToList();
        Assert.Equal(6, tokens.Count);
        var letters = await employer.PostFormAsync($"/Surveys/Wave?id={wave}&handler=Tokens", new() { ["Form.Unit"] = "C", ["Form.Count"] = "3", ["format"] = "letters" }, $"/Surveys/Wave?id={wave}");
        var html = await letters.Content.ReadAsStringAsync();
        Assert.Equal(3, html.Split("<svg", StringSplitOptions.None).Length - 1);
        var letterTokens = System.Text.RegularExpressions.Regex.Matches(html, "(?:[A-Z0-9]{4}-){4}[A-Z0-9]{4}").Select(m => m.Value).Distinct().ToList();
        Assert.Equal(3, letterTokens.Count);

        var anonymous = app.Anonymous();
        await anonymous.AnswerAllAsync(tokens, i => new { w1 = 1 + (i % 3), w2 = 2 });
        await anonymous.AnswerAllAsync(letterTokens, _ => new { w1 = 5, w2 = 5 });
        var closed = await employer.PostFormAsync($"/Surveys/Wave?id={wave}&handler=Close", new(), $"/Surveys/Wave?id={wave}");
        Assert.Equal(HttpStatusCode.Redirect, closed.StatusCode);

        var met = (await app.ObligationsOfAsync(change)).Single(o => o.Kind == ObligationKind.BaselineSurveyClosed);
        Assert.Equal(ObligationStatus.Met, met.Status);
        Assert.Contains("Care phones survey", met.Evidence, StringComparison.Ordinal);

        var page = await (await employer.GetAsync($"/Surveys/Results?id={wave}")).Content.ReadAsStringAsync();
        Assert.Contains("Hidden to protect individuals", page, StringComparison.Ordinal);
        Assert.Contains("<svg", page, StringComparison.Ordinal);
        var changePage = await (await employer.GetAsync($"/Changes/Details?id={change}")).Content.ReadAsStringAsync();
        Assert.Contains($"/Surveys/Results?id={wave}", changePage, StringComparison.Ordinal);

        // Unit C (3 answers) is hidden in every format: no count or mean on its row.
        var csvResults = await (await employer.GetAsync($"/Surveys/Results?handler=Csv&id={wave}")).Content.ReadAsStringAsync();
        var cRows = csvResults.Split("\r\n").Where(l => l.StartsWith("\"C\"", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(cRows);
        Assert.All(cRows, row => Assert.DoesNotMatch("\"[0-9]", row));
        var aRow = csvResults.Split("\r\n").First(l => l.StartsWith("\"A\"", StringComparison.Ordinal) && l.Contains("\"workload\"", StringComparison.Ordinal));
        Assert.Contains("\"6\"", aRow, StringComparison.Ordinal);

        using (var xlsx = SpreadsheetDocument.Open(await (await employer.GetAsync($"/Surveys/Results?handler=Xlsx&id={wave}")).Content.ReadAsStreamAsync(), false))
        {
            var rows = xlsx.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Row>().ToList();
            var cXlsx = rows.Where(r => r.Elements<DocumentFormat.OpenXml.Spreadsheet.Cell>().First().InnerText == "C").ToList();
            Assert.NotEmpty(cXlsx);
            Assert.All(cXlsx, r => Assert.DoesNotContain(r.Elements<DocumentFormat.OpenXml.Spreadsheet.Cell>(), c => c.CellValue is not null));
        }

        using var docx = WordprocessingDocument.Open(await (await employer.GetAsync($"/Surveys/Results?handler=Docx&id={wave}")).Content.ReadAsStreamAsync(), false);
        var cDocx = docx.MainDocumentPart!.Document.Descendants<DocumentFormat.OpenXml.Wordprocessing.TableRow>()
            .Where(r => r.InnerText.StartsWith("Home care C", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(cDocx);
        // Unit, group and measure title come first; the count, mean and interval after them must be empty.
        Assert.All(cDocx, r => Assert.DoesNotMatch("[0-9]", string.Concat(r.Elements<DocumentFormat.OpenXml.Wordprocessing.TableCell>().Skip(3).Select(c => c.InnerText))));
    }
}
