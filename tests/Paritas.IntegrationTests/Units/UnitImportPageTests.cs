using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Paritas.Web.Features.Accounts;
using Paritas.Web.Features.Audit;
using Paritas.Web.Features.Organisations;

namespace Paritas.IntegrationTests.Units;

/// <summary>An administrator imports the unit tree from CSV files as HR systems and spreadsheets write them.</summary>
public sealed class UnitImportPageTests(ParitasFactory app) : IClassFixture<ParitasFactory>
{
    private const string Url = "/Organisation/Units/Import";

    [Fact]
    public async Task A_semicolon_file_with_a_byte_order_mark_creates_the_tree_even_when_a_parent_comes_later()
    {
        var org = await app.CreateOrganisationAsync();
        var browser = await app.SignInAsAsync(Role.OrganisationAdministrator, org);
        var file = UnitArrange.Utf8WithBom(
            "Code;NAME;Parent_Code;Sector;Headcount\r\n" +
            "HSC-HOME;Hemtjänst;HSC;health_and_social_care;40\r\n" +
            "HSC;Vård och omsorg;;Health-And-Social-Care;0\r\n" +
            "\r\n" +
            "EDU;Skola;;EducationAndCulture;120\r\n");

        var response = await browser.UploadAsync(Url, file);

        var html = (await response.Content.ReadAsStringAsync()).Html();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("3 created, 0 updated, 0 unchanged.", html, StringComparison.Ordinal);
        var hsc = (await app.FindUnitAsync(org, "HSC"))!;
        var home = (await app.FindUnitAsync(org, "HSC-HOME"))!;
        Assert.Equal("Vård och omsorg", hsc.Name);
        Assert.Equal("Hemtjänst", home.Name);
        Assert.Equal(hsc.Id, home.ParentId);
        Assert.Equal((Sector.HealthAndSocialCare, 40), (home.Sector, home.Headcount));
        Assert.Equal(Sector.EducationAndCulture, (await app.FindUnitAsync(org, "EDU"))!.Sector);
        Assert.Equal(UnitHistoryKind.Imported, Assert.Single(await app.HistoryOfAsync(home)).Kind);
        var audit = await app.WithScopeAsync((_, db) => db.AuditEntries.Where(e => e.OrganisationId == org.Id && e.Action == AuditActions.UnitsImported).ToListAsync());
        Assert.Equal("created=3;updated=0;unchanged=0", Assert.Single(audit).Subject);
    }

    [Fact]
    public async Task A_windows_1252_comma_file_keeps_its_letters_and_updates_existing_codes()
    {
        var org = await app.CreateOrganisationAsync();
        var root = await app.AddUnitAsync(org, "KOM", name: "Kommune");
        var care = await app.AddUnitAsync(org, "SUND", name: "Sundhed", sector: Sector.HealthAndSocialCare, headcount: 5);
        await app.AddUnitAsync(org, "KULT", root, name: "Kultur", sector: Sector.EducationAndCulture, headcount: 9);
        var browser = await app.SignInAsAsync(Role.OrganisationAdministrator, org);
        var file = UnitArrange.Windows1252.GetBytes(
            "code,name,parent_code,sector,headcount\n" +
            "SUND,Sundhed og ældrepleje,KOM,health_and_social_care,310\n" +
            "KULT,Kultur,KOM,education_and_culture,9\n" +
            "SUND-HJ,Hjemmepleje Øst,SUND,HEALTH_AND_SOCIAL_CARE,85\n");

        var response = await browser.UploadAsync(Url, file);

        Assert.Contains("1 created, 1 updated, 1 unchanged.", (await response.Content.ReadAsStringAsync()).Html(), StringComparison.Ordinal);
        var updated = (await app.FindUnitAsync(org, "SUND"))!;
        Assert.Equal(("Sundhed og ældrepleje", 310, (Guid?)root.Id), (updated.Name, updated.Headcount, updated.ParentId));
        Assert.Equal("Hjemmepleje Øst", (await app.FindUnitAsync(org, "SUND-HJ"))!.Name);
        var history = Assert.Single(await app.HistoryOfAsync(care), h => h.Kind == UnitHistoryKind.Imported);
        Assert.Equal("updated,moved", history.Detail);
    }

    [Fact]
    public async Task A_file_with_many_kinds_of_bad_lines_is_reported_line_by_line_and_changes_nothing()
    {
        var org = await app.CreateOrganisationAsync();
        var existing = await app.AddUnitAsync(org, "KEEP", name: "Kept as it is", headcount: 3);
        var before = await app.UnitCountAsync(org);
        var browser = await app.SignInAsAsync(Role.OrganisationAdministrator, org);
        var file = UnitArrange.Utf8(
            "code\tname\tparent_code\tsector\theadcount\n" +  // 1
            "OK\tFine unit\t\tother\t1\n" +                      // 2
            "\tNo code\t\tother\t1\n" +                          // 3
            "OK\tDuplicate\t\tother\t1\n" +                      // 4
            "ORPHAN\tOrphan\tNOPE\tother\t1\n" +                 // 5
            "BADSECTOR\tBad sector\t\tfarming\t1\n" +            // 6
            "HALF\tHalf a person\t\tother\t12.5\n" +             // 7
            "SHORT\tToo few fields\n" +                          // 8
            "A\tCycle A\tB\tother\t1\n" +                        // 9
            "B\tCycle B\tA\tother\t1\n" +                        // 10
            "KEEP\tRenamed\tKEEP\tother\t1\n");                  // 11

        var response = await browser.UploadAsync(Url, file);

        var html = (await response.Content.ReadAsStringAsync()).Html();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("The file was not imported and nothing was changed.", html, StringComparison.Ordinal);
        AssertProblem(html, 3, "code", "Enter a code.");
        AssertProblem(html, 4, "code", "This code is also on line 2");
        AssertProblem(html, 5, "parent_code", "No unit has this parent code");
        AssertProblem(html, 6, "sector", "The sector must be one of: administration, health_and_social_care");
        AssertProblem(html, 7, "headcount", "The headcount must be a whole number from 0 to 1,000,000.");
        AssertProblem(html, 8, "", "This line has 2 fields but the header has 5.");
        AssertProblem(html, 9, "parent_code", "The parent codes go round in a circle");
        AssertProblem(html, 10, "parent_code", "The parent codes go round in a circle");
        AssertProblem(html, 11, "parent_code", "A unit cannot be its own parent.");
        Assert.Equal(before, await app.UnitCountAsync(org));
        Assert.Equal("Kept as it is", (await app.FindUnitAsync(org, "KEEP"))!.Name);
        Assert.Null(await app.FindUnitAsync(org, "OK"));
    }

    [Theory]
    [InlineData("code,name,sector,headcount\nA,Unit A,other,1\n", "The column is missing from the header")]
    [InlineData("", "The file is empty.")]
    [InlineData("   \r\n  \r\n", "The file is empty.")]
    [InlineData("code,name,parent_code,sector,headcount\n", "The file has a header but no units.")]
    [InlineData("code,name,parent_code,sector,headcount\nA,\"Unclosed,,other,1\n", "a quotation mark is not closed")]
    public async Task A_file_that_is_not_a_usable_unit_list_is_refused_with_a_reason(string content, string reason)
    {
        var org = await app.CreateOrganisationAsync();
        await app.AddUnitAsync(org, "X");
        var browser = await app.SignInAsAsync(Role.OrganisationAdministrator, org);

        var response = await browser.UploadAsync(Url, UnitArrange.Utf8(content));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(reason, (await response.Content.ReadAsStringAsync()).Html(), StringComparison.Ordinal);
        Assert.Equal(1, await app.UnitCountAsync(org));
    }

    [Fact]
    public async Task A_binary_file_such_as_a_spreadsheet_is_refused_as_not_a_csv_file()
    {
        var org = await app.CreateOrganisationAsync();
        var browser = await app.SignInAsAsync(Role.OrganisationAdministrator, org);
        byte[] zip = [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00, 0x00, 0x00, 0x21, 0x00, 0xFF, 0x9C];

        var response = await browser.UploadAsync(Url, zip, "units.xlsx");

        Assert.Contains("This is not a CSV file.", (await response.Content.ReadAsStringAsync()).Html(), StringComparison.Ordinal);
        Assert.Equal(0, await app.UnitCountAsync(org));
    }

    [Fact]
    public async Task A_file_larger_than_2_MB_is_refused_before_it_is_read()
    {
        var org = await app.CreateOrganisationAsync();
        var browser = await app.SignInAsAsync(Role.OrganisationAdministrator, org);
        var big = new StringBuilder("code,name,parent_code,sector,headcount\n");
        for (var i = 0; big.Length <= 2 * 1024 * 1024; i++)
        {
            big.Append('U').Append(i).Append(",A unit with a fairly long name to fill the file,,other,1\n");
        }

        var response = await browser.UploadAsync(Url, UnitArrange.Utf8(big.ToString()));

        Assert.Contains("The file is larger than 2 MB.", (await response.Content.ReadAsStringAsync()).Html(), StringComparison.Ordinal);
        Assert.Equal(0, await app.UnitCountAsync(org));
    }

    [Fact]
    public async Task A_report_lists_the_first_100_problems_and_counts_the_rest()
    {
        var org = await app.CreateOrganisationAsync();
        var browser = await app.SignInAsAsync(Role.OrganisationAdministrator, org);
        var file = new StringBuilder("code,name,parent_code,sector,headcount\n");
        for (var i = 0; i < 130; i++)
        {
            file.Append('U').Append(i).Append(",Unit,,nowhere,1\n");
        }

        var html = (await (await browser.UploadAsync(Url, UnitArrange.Utf8(file.ToString()))).Content.ReadAsStringAsync()).Html();

        Assert.Contains("There are 30 more problems, not listed.", html, StringComparison.Ordinal);
        AssertProblem(html, 101, "sector", "The sector must be one of");
        Assert.DoesNotContain(UnitArrange.ProblemRows(html), r => r.Line == "102");
        Assert.Equal(0, await app.UnitCountAsync(org));
    }

    [Fact]
    public async Task The_downloaded_file_imports_again_with_nothing_to_change()
    {
        var org = await app.CreateOrganisationAsync();
        var root = await app.AddUnitAsync(org, "R", name: "Root, with \"quotes\"");
        await app.AddUnitAsync(org, "C", root, name: "Child", sector: Sector.Utilities, headcount: 44);
        var browser = await app.SignInAsAsync(Role.OrganisationAdministrator, org);

        var download = await browser.GetAsync("/Organisation/Units?handler=Export");
        var bytes = await download.Content.ReadAsByteArrayAsync();
        var response = await browser.UploadAsync(Url, bytes);

        Assert.Equal("text/csv", download.Content.Headers.ContentType!.MediaType);
        Assert.Contains("0 created, 0 updated, 2 unchanged.", (await response.Content.ReadAsStringAsync()).Html(), StringComparison.Ordinal);
    }

    private static void AssertProblem(string html, int line, string column, string reason)
        => Assert.Contains(UnitArrange.ProblemRows(html), r => r.Line == line.ToString(System.Globalization.CultureInfo.InvariantCulture) && r.Column == column && r.Reason.StartsWith(reason, StringComparison.Ordinal));
}
