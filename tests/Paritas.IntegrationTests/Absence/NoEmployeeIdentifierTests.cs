using System.Text;
using Paritas.Web.Features.Accounts;

namespace Paritas.IntegrationTests.Absence;

/// <summary>P1: after imports that succeed and imports that fail, no employee identifier is in the database, the logs or the page.</summary>
public sealed class NoEmployeeIdentifierTests(LogCapturingFactory app) : IClassFixture<LogCapturingFactory>
{
    [Fact]
    public async Task No_employee_identifier_reaches_the_database_the_logs_or_the_report()
    {
        var org = await app.CreateOrganisationAsync();
        await AbsenceData.ArrangeUnitsAsync(app, org);
        var employer = await app.SignInAsAsync(Role.EmployerRepresentative, org);
        var pages = new StringBuilder();
        pages.Append(await (await AbsenceData.UploadAsync(employer, AbsenceData.Workforce(), AbsenceData.Spells())).Content.ReadAsStringAsync());
        pages.Append(await (await AbsenceData.UploadAsync(employer, AbsenceData.Workforce(), AbsenceData.Spells($"{AbsenceData.IdPrefix}999,BIG,2024-01-02,2024-01-03,msd,\n{AbsenceData.IdPrefix}000,BIG,2024-01-06,2024-01-07,msd,\n"))).Content.ReadAsStringAsync());
        pages.Append(await (await AbsenceData.UploadAsync(employer, AbsenceData.Workforce(), "\"" + AbsenceData.IdPrefix + "\u0000")).Content.ReadAsStringAsync());
        Assert.Contains("The spell overlaps another spell of the same person.", pages.ToString(), StringComparison.Ordinal);

        Assert.DoesNotContain(AbsenceData.IdPrefix, pages.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(app.Logs.Lines, l => l.Contains(AbsenceData.IdPrefix, StringComparison.Ordinal));
        Assert.DoesNotContain(AbsenceData.IdPrefix, await DatabaseText.ReadAsync(app), StringComparison.Ordinal);
    }
}
