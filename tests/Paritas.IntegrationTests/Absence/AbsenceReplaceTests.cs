using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Paritas.Web.Features.Absence;
using Paritas.Web.Features.Absence.Import;
using Paritas.Web.Features.Accounts;

namespace Paritas.IntegrationTests.Absence;

public sealed class AbsenceReplaceTests(ParitasFactory app) : IClassFixture<ParitasFactory>
{
    private Task<List<string>> CellsAsync(Guid orgId) => app.WithScopeAsync((_, db) => db.Set<AbsenceCell>().IgnoreQueryFilters()
        .Where(c => c.OrganisationId == orgId).OrderBy(c => c.Month).ThenBy(c => c.UnitId)
        .Select(c => $"{c.UnitId} {c.Month} {c.Headcount} {c.AvailableDays} {c.DaysLost} {c.SpellsStarted}").ToListAsync());

    [Fact]
    public async Task Importing_the_same_files_twice_gives_the_same_aggregates()
    {
        var org = await app.CreateOrganisationAsync();
        await AbsenceData.ArrangeUnitsAsync(app, org);
        var employer = await app.SignInAsAsync(Role.EmployerRepresentative, org);

        await AbsenceData.UploadAsync(employer, AbsenceData.Workforce(), AbsenceData.Spells());
        var first = await CellsAsync(org.Id);
        await AbsenceData.UploadAsync(employer, AbsenceData.Workforce(), AbsenceData.Spells());

        Assert.Equal(4, first.Count);
        Assert.Equal(first, await CellsAsync(org.Id));
    }

    [Fact]
    public async Task A_refused_import_leaves_the_previous_aggregates_intact()
    {
        var org = await app.CreateOrganisationAsync();
        await AbsenceData.ArrangeUnitsAsync(app, org);
        var employer = await app.SignInAsAsync(Role.EmployerRepresentative, org);
        await AbsenceData.UploadAsync(employer, AbsenceData.Workforce(), AbsenceData.Spells());
        var before = await CellsAsync(org.Id);

        var response = await AbsenceData.UploadAsync(employer, AbsenceData.Workforce(), AbsenceData.Spells($"{AbsenceData.IdPrefix}001,NOWHERE,2024-01-02,2024-01-03,msd,\n"));

        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("The unit code is not a unit of this organisation.", html, StringComparison.Ordinal);
        Assert.Equal(before, await CellsAsync(org.Id));
    }

    [Fact]
    public async Task Accepting_good_rows_imports_them_and_records_the_dropped_count_by_reason()
    {
        var org = await app.CreateOrganisationAsync();
        await AbsenceData.ArrangeUnitsAsync(app, org);
        var employer = await app.SignInAsAsync(Role.EmployerRepresentative, org);

        var response = await AbsenceData.UploadAsync(employer, AbsenceData.Workforce(), AbsenceData.Spells($"{AbsenceData.IdPrefix}001,NOWHERE,2024-01-02,2024-01-03,msd,\n"), acceptGoodRows: true);

        Assert.Contains("1 rows with problems were left out.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var record = await app.WithScopeAsync((_, db) => db.Set<AbsenceImport>().IgnoreQueryFilters().SingleAsync(i => i.OrganisationId == org.Id));
        Assert.Equal((1, "UnknownUnit=1"), (record.DroppedRows, record.DroppedByReason));
        Assert.Equal(4, (await CellsAsync(org.Id)).Count);
    }

    [Fact]
    public async Task An_import_that_dies_before_commit_leaves_the_previous_aggregates_intact()
    {
        var org = await app.CreateOrganisationAsync();
        await AbsenceData.ArrangeUnitsAsync(app, org);
        var employer = await app.SignInAsAsync(Role.EmployerRepresentative, org);
        await AbsenceData.UploadAsync(employer, AbsenceData.Workforce(), AbsenceData.Spells());
        var before = await CellsAsync(org.Id);

        AbsenceBulkWriter.BeforeCommit = () => throw new InvalidOperationException("killed");
        try
        {
            await Assert.ThrowsAnyAsync<Exception>(() => app.WithScopeAsync(async (services, db) =>
            {
                db.Tenant.SetOrganisation(org.Id);
                var importer = services.GetRequiredService<AbsenceImporter>();
                using var workforce = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(AbsenceData.Workforce()));
                using var spells = new MemoryStream(System.Text.Encoding.UTF8.GetBytes("employee_id,unit_code,start_date,end_date\n"));
                return await importer.ImportAsync(new AbsenceImportRequest(org.Id, null, null, new DateOnly(2024, 1, 1), new DateOnly(2024, 2, 1), AbsenceDateFormat.Iso, false), workforce, spells, default);
            }));
        }
        finally
        {
            AbsenceBulkWriter.BeforeCommit = null;
        }

        Assert.Equal(before, await CellsAsync(org.Id));
        Assert.Equal(HttpStatusCode.OK, (await employer.GetAsync("/Absence/Import")).StatusCode);
    }
}
