using System.Globalization;
using System.Text;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Paritas.IntegrationTests.Changes;
using Paritas.Web.Features.Accounts;

namespace Paritas.IntegrationTests.Training;

/// <summary>
/// Acceptance 4, P3/P4: a unit of 3 people shows no number anywhere — page, API, CSV, XLSX — and
/// the released siblings and parent do not let it be worked out by subtraction.
/// </summary>
public sealed class SmallGroupSuppressionTests(ParitasFactory app) : IClassFixture<ParitasFactory>
{
    [Fact]
    public async Task A_unit_of_three_people_carries_no_number_in_the_page_the_API_or_the_exports()
    {
        var org = await app.CreateOrganisationAsync();
        var (_, a, b) = await TrainingData.ArrangeAsync(app, org, "SMALL");
        var employer = await app.SignInAsAsync(Role.EmployerRepresentative, org);
        await employer.ImportTemplateAsync("digital-training-right");
        await TrainingData.RegisterAsync(employer, "Visit app", (a, new DateOnly(2024, 1, 1)), (b, new DateOnly(2024, 3, 1)));
        await TrainingData.ImportWorkforceAsync(employer, TrainingData.Workforce(("A", 20), ("B", 20), ("SMALL", 3)));
        var hours = new StringBuilder(LedgerAccrualTests.Hours());
        for (var i = 0; i < 3; i++)
        {
            hours.Append(CultureInfo.InvariantCulture, $"{TrainingData.Id("SMALL", i)},SMALL,2024-01-05,2.5,Visit app basics,{(i < 1 ? "women" : "men")},1\n");
        }

        await TrainingData.UploadHoursAsync(employer, hours.ToString());

        var ledger = await TrainingData.LedgerAsync(await app.ApiClientAsync(Role.EmployerRepresentative, org));
        foreach (var month in new[] { "2024-01-01", "2024-02-01", "2024-03-01" })
        {
            var small = TrainingData.Month(ledger, "SMALL", month);
            Assert.True(small.GetProperty("suppressed").GetBoolean());
            Assert.Equal(JsonValueKind.Null, small.GetProperty("owed").ValueKind);
            Assert.Equal(JsonValueKind.Null, small.GetProperty("delivered").ValueKind);
            Assert.Equal(JsonValueKind.Null, small.GetProperty("peopleTrained").ValueKind);
            // ROOT minus A minus B would be SMALL: one of the three must be hidden too.
            Assert.Contains(new[] { "ROOT", "A", "B" }, u => TrainingData.Month(ledger, u, month).GetProperty("suppressed").GetBoolean());
        }

        Assert.True(TrainingData.Summary(ledger, "SMALL").GetProperty("suppressed").GetBoolean());
        Assert.Equal(JsonValueKind.Null, TrainingData.Summary(ledger, "SMALL").GetProperty("delivered").ValueKind);

        var page = await (await employer.GetAsync("/Training/Ledger")).Content.ReadAsStringAsync();
        Assert.Contains("Hidden to protect individuals", page, StringComparison.Ordinal);

        var csv = await employer.GetStringAsync("/Training/Ledger?handler=Csv");
        var smallLines = csv.Split('\n').Where(l => l.StartsWith("SMALL,", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, smallLines.Count);
        Assert.All(smallLines, l => Assert.Matches("^SMALL,,2024-0[123],,,,true\r?$", l));

        var xlsx = await employer.GetByteArrayAsync("/Training/Ledger?handler=Xlsx");
        using var document = SpreadsheetDocument.Open(new MemoryStream(xlsx), false);
        var sheets = document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().ToList();
        var months = (WorksheetPart)document.WorkbookPart.GetPartById(sheets.Single(s => s.Name == "Months").Id!);
        var smallRows = months.Worksheet.Descendants<Row>().Where(r => r.Elements<Cell>().First().InnerText == "SMALL").ToList();
        Assert.Equal(3, smallRows.Count);
        Assert.All(smallRows, r =>
        {
            var cells = r.Elements<Cell>().ToList();
            Assert.All(cells.Skip(3).Take(3), c => Assert.Equal("", c.InnerText));
            Assert.Equal("hidden", cells[6].InnerText);
        });
    }
}
