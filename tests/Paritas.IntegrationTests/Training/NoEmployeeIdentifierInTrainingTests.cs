using System.Text;
using Paritas.IntegrationTests.Absence;
using Paritas.Web.Features.Accounts;

namespace Paritas.IntegrationTests.Training;

/// <summary>P1: after training imports that succeed and fail, no employee identifier is in the database, the logs or the pages.</summary>
public sealed class NoEmployeeIdentifierInTrainingTests(LogCapturingFactory app) : IClassFixture<LogCapturingFactory>
{
    [Fact]
    public async Task No_employee_identifier_of_a_training_file_reaches_the_database_the_logs_or_the_report()
    {
        var org = await app.CreateOrganisationAsync();
        await TrainingData.ArrangeAsync(app, org);
        var employer = await app.SignInAsAsync(Role.EmployerRepresentative, org);
        var pages = new StringBuilder();
        pages.Append(await (await TrainingData.UploadHoursAsync(employer, LedgerAccrualTests.Hours())).Content.ReadAsStringAsync());
        pages.Append(await (await TrainingData.UploadHoursAsync(employer, LedgerAccrualTests.Hours() + $"{TrainingData.IdPrefix}X99,NOPE,2024-01-10,2,Visit app,women,1\n")).Content.ReadAsStringAsync());
        pages.Append(await (await TrainingData.UploadHoursAsync(employer, "\"" + TrainingData.IdPrefix + "\u0000")).Content.ReadAsStringAsync());
        pages.Append(await (await employer.GetAsync("/Training/Ledger?dimension=Gender")).Content.ReadAsStringAsync());
        Assert.Contains("Imported 50 rows", pages.ToString(), StringComparison.Ordinal);
        Assert.Contains("The unit code is not a unit of this organisation.", pages.ToString(), StringComparison.Ordinal);

        Assert.DoesNotContain(TrainingData.IdPrefix, pages.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(app.Logs.Lines, l => l.Contains(TrainingData.IdPrefix, StringComparison.Ordinal));
        Assert.DoesNotContain(TrainingData.IdPrefix, await DatabaseText.ReadAsync(app), StringComparison.Ordinal);
    }
}
