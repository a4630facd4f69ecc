using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Paritas.Web.Features.Accounts;
using Paritas.Web.Features.Training;

namespace Paritas.IntegrationTests.Training;

/// <summary>Acceptance 5: a bad file gets a line-by-line report (row, column, reason — never a value) and changes nothing.</summary>
public sealed class BadHoursFileTests(ParitasFactory app) : IClassFixture<ParitasFactory>
{
    private const string Header = "employee_id,unit_code,date,hours,activity\n";

    public static TheoryData<string, string, string, string> BadFiles => new()
    {
        { "missing column", "employee_id,unit_code,date,activity\nTRNQ8ZA00,A,2024-01-10,Visit app\n", "<td>1</td><td>hours</td>", "The file has no column for this." },
        { "bad date", Header + "TRNQ8ZA00,A,2024-01-10,2,Visit app\nTRNQ8ZA01,A,2024-02-30,2,Visit app\n", "<td>3</td><td>date</td>", "The date is not a valid date in the declared format." },
        { "negative hours", Header + "TRNQ8ZA00,A,2024-01-10,-2,Visit app\n", "<td>2</td><td>hours</td>", "The hours must be a number above 0 and at most 24." },
        { "unknown unit", Header + "TRNQ8ZA00,A,2024-01-10,2,Visit app\nTRNQ8ZA01,A,2024-01-10,2,Visit app\nTRNQ8ZA02,NOPE,2024-01-10,2,Visit app\n", "<td>4</td><td>unit_code</td>", "The unit code is not a unit of this organisation." },
        { "outside the period", Header + "TRNQ8ZA00,A,2023-12-31,2,Visit app\n", "<td>2</td><td>date</td>", "The date is outside the declared period." },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public async Task A_bad_file_is_reported_line_by_line_and_changes_nothing(string why, string file, string position, string message)
    {
        var (employer, org, before) = await ArrangeWithGoodImportAsync();

        var response = await TrainingData.UploadHoursAsync(employer, file);

        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.True(page.Contains("Nothing was imported", StringComparison.Ordinal), why);
        Assert.Contains(position, page, StringComparison.Ordinal);
        Assert.Contains(message, page, StringComparison.Ordinal);
        Assert.DoesNotContain(TrainingData.IdPrefix, page, StringComparison.Ordinal);
        Assert.Equal(before, await CellsAsync(org));
    }

    [Fact]
    public async Task A_file_in_the_wrong_encoding_is_reported_from_the_row_it_breaks_and_changes_nothing()
    {
        var (employer, org, before) = await ArrangeWithGoodImportAsync();
        // A UTF-8 byte-order mark, then a Windows-1252 "é" (0xE9) in the third row: not UTF-8.
        var bytes = new List<byte>([0xEF, 0xBB, 0xBF]);
        bytes.AddRange(Encoding.ASCII.GetBytes(Header + "TRNQ8ZA00,A,2024-01-10,2,Visit app\nTRNQ8ZA01,A,2024-01-10,2,Caf"));
        bytes.Add(0xE9);
        bytes.AddRange(Encoding.ASCII.GetBytes("\n"));

        var response = await TrainingData.UploadHoursAsync(employer, [.. bytes]);

        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("Nothing was imported", page, StringComparison.Ordinal);
        Assert.Contains("The file cannot be read from this row on", page, StringComparison.Ordinal);
        Assert.Equal(before, await CellsAsync(org));
    }

    private async Task<(HttpClient Employer, Guid OrganisationId, string Cells)> ArrangeWithGoodImportAsync()
    {
        var org = await app.CreateOrganisationAsync();
        await TrainingData.ArrangeAsync(app, org);
        var employer = await app.SignInAsAsync(Role.EmployerRepresentative, org);
        var good = await TrainingData.UploadHoursAsync(employer, Header + "TRNQ8ZA00,A,2024-01-10,2,Visit app\nTRNQ8ZA01,B,2024-02-10,3,Visit app\n");
        Assert.Contains("Imported 2 rows", await good.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var cells = await CellsAsync(org.Id);
        Assert.NotEmpty(cells);
        return (employer, org.Id, cells);
    }

    private Task<string> CellsAsync(Guid organisationId) => app.WithScopeAsync(async (_, db) =>
    {
        var rows = await db.Set<DeliveredHoursCell>().IgnoreQueryFilters().Where(c => c.OrganisationId == organisationId)
            .OrderBy(c => c.Month).ThenBy(c => c.UnitId).ThenBy(c => c.Dimension).ThenBy(c => c.GroupCode).ThenBy(c => c.Activity)
            .Select(c => $"{c.UnitId}|{c.Month}|{c.Dimension}|{c.GroupCode}|{c.Activity}|{c.Hours}|{c.PeopleTrained}").ToListAsync();
        return string.Join('\n', rows);
    });
}
