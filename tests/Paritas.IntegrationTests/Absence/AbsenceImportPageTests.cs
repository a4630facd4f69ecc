using System.Net;
using Microsoft.EntityFrameworkCore;
using Paritas.Web.Features.Absence;
using Paritas.Web.Features.Accounts;
using Paritas.Web.Features.Audit;

namespace Paritas.IntegrationTests.Absence;

public sealed class AbsenceImportPageTests(ParitasFactory app) : IClassFixture<ParitasFactory>
{
    [Fact]
    public async Task An_employer_representative_imports_and_the_OSH_officer_sees_only_guarded_indicators()
    {
        var org = await app.CreateOrganisationAsync();
        await AbsenceData.ArrangeUnitsAsync(app, org);
        var employer = await app.SignInAsAsync(Role.EmployerRepresentative, org);

        var response = await AbsenceData.UploadAsync(employer, AbsenceData.Workforce(), AbsenceData.Spells());

        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Imported 2 spell rows and 15 workforce rows", html, StringComparison.Ordinal);
        Assert.DoesNotContain(AbsenceData.IdPrefix, html, StringComparison.Ordinal);

        var osh = await app.SignInAsAsync(Role.OshOfficer, org);
        var page = await (await osh.GetAsync("/Absence/Indicators")).Content.ReadAsStringAsync();
        // ROOT, January: 15 people; available BIG 6 × 31 + 6 × 15.5 = 279 plus SMALL (1 + 0.5 + 1) × 31 = 77.5 → 356.5.
        Assert.Contains("356.5", page, StringComparison.Ordinal);
        // SMALL has 3 people: hidden. BIG (12) must then be hidden too, or ROOT − BIG gives SMALL away: two cells a month.
        Assert.Equal(4, page.Split("Hidden to protect individuals").Length - 1);
        Assert.DoesNotContain("279.0", page, StringComparison.Ordinal);
        var audited = await app.WithScopeAsync((_, db) => db.AuditEntries.Where(e => e.Action == AuditActions.GuardedDataAccess && e.OrganisationId == org.Id).Select(e => e.Outcome).ToListAsync());
        Assert.Contains(audited, o => o != null && o.Contains("suppressed", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Another_organisations_indicators_never_appear()
    {
        var mine = await app.CreateOrganisationAsync();
        var theirs = await app.CreateOrganisationAsync();
        await AbsenceData.ArrangeUnitsAsync(app, theirs);
        await AbsenceData.UploadAsync(await app.SignInAsAsync(Role.EmployerRepresentative, theirs), AbsenceData.Workforce(), AbsenceData.Spells());

        var page = await (await (await app.SignInAsAsync(Role.OshOfficer, mine)).GetAsync("/Absence/Indicators")).Content.ReadAsStringAsync();

        Assert.Contains("No absence data has been imported yet.", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Home care", page, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Role.WorkersRepresentative)]
    [InlineData(Role.OshOfficer)]
    [InlineData(Role.Viewer)]
    public async Task Only_the_employer_side_may_import(Role role)
    {
        var org = await app.CreateOrganisationAsync();
        var browser = await app.SignInAsAsync(role, org);

        var response = await browser.GetAsync("/Absence/Import");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/Account/Denied", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Role.Viewer, false)]
    [InlineData(Role.Analyst, false)]
    [InlineData(Role.WorkersRepresentative, true)]
    [InlineData(Role.DigitalAgent, true)]
    [InlineData(Role.EmployerRepresentative, true)]
    public async Task Indicators_are_for_the_OSH_officer_and_both_sides(Role role, bool allowed)
    {
        var org = await app.CreateOrganisationAsync();
        var response = await (await app.SignInAsAsync(role, org)).GetAsync("/Absence/Indicators");
        Assert.Equal(allowed ? HttpStatusCode.OK : HttpStatusCode.Redirect, response.StatusCode);
    }

    [Fact]
    public async Task A_missing_column_shows_the_files_headers_to_map_and_the_mapping_is_saved()
    {
        var org = await app.CreateOrganisationAsync();
        await AbsenceData.ArrangeUnitsAsync(app, org);
        var employer = await app.SignInAsAsync(Role.EmployerRepresentative, org);
        var renamed = AbsenceData.Workforce().Replace("employee_id,", "Personnel number,", StringComparison.Ordinal);

        var html = await (await AbsenceData.UploadAsync(employer, renamed, AbsenceData.Spells())).Content.ReadAsStringAsync();
        Assert.Contains("Nothing was imported", html, StringComparison.Ordinal);
        Assert.Contains("<option value=\"Personnel number\">", html, StringComparison.Ordinal);

        var saved = await employer.PostFormAsync("/Absence/Import?handler=Mapping", new()
        {
            ["Mappings[0].File"] = "Workforce",
            ["Mappings[0].Column"] = "employee_id",
            ["Mappings[0].Header"] = "Personnel number",
        }, "/Absence/Import");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var again = await (await AbsenceData.UploadAsync(employer, renamed, AbsenceData.Spells())).Content.ReadAsStringAsync();
        Assert.Contains("Imported 2 spell rows", again, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2024-13", "2024-02")]
    [InlineData("2024-03", "2024-01")]
    [InlineData("", "")]
    public async Task A_bad_period_gives_a_message_not_an_error(string from, string to)
    {
        var org = await app.CreateOrganisationAsync();
        var employer = await app.SignInAsAsync(Role.EmployerRepresentative, org);
        var response = await AbsenceData.UploadAsync(employer, AbsenceData.Workforce(), AbsenceData.Spells(), from, to);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("There is a problem", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Binary_garbage_gives_a_report_not_an_error()
    {
        var org = await app.CreateOrganisationAsync();
        var employer = await app.SignInAsAsync(Role.EmployerRepresentative, org);
        var response = await AbsenceData.UploadAsync(employer, "\u0000\u0001\"\"\"\n\r,;", "\"unterminated");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Nothing was imported", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
