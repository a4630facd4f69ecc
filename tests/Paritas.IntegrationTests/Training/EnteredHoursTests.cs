using System.Net;
using Paritas.IntegrationTests.Changes;
using Paritas.Web.Features.Accounts;

namespace Paritas.IntegrationTests.Training;

/// <summary>Delivered hours entered by form as totals count in the ledger; a second entry replaces the first; bad input saves nothing.</summary>
public sealed class EnteredHoursTests(ParitasFactory app) : IClassFixture<ParitasFactory>
{
    [Fact]
    public async Task Hours_entered_by_form_count_in_the_ledger_and_a_second_entry_replaces_the_first()
    {
        var org = await app.CreateOrganisationAsync();
        var (_, a, b) = await TrainingData.ArrangeAsync(app, org);
        var employer = await app.SignInAsAsync(Role.EmployerRepresentative, org);
        await employer.ImportTemplateAsync("digital-training-right");
        await TrainingData.RegisterAsync(employer, "Visit app", (a, new DateOnly(2024, 1, 1)), (b, new DateOnly(2024, 3, 1)));
        await TrainingData.ImportWorkforceAsync(employer, TrainingData.Workforce(("A", 20), ("B", 20)));

        var bad = await employer.PostFormAsync("/Training/Enter", new() { ["Form.UnitId"] = a.ToString(), ["Form.Month"] = "2024-13", ["Form.Hours"] = "-5", ["Form.PeopleTrained"] = "3" });
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        Assert.Contains("Enter the month as YYYY-MM", WebUtility.HtmlDecode(await bad.Content.ReadAsStringAsync()), StringComparison.Ordinal);

        foreach (var hours in new[] { "99", "45" })
        {
            var saved = await employer.PostFormAsync("/Training/Enter", new() { ["Form.UnitId"] = a.ToString(), ["Form.Month"] = "2024-02", ["Form.Group"] = "", ["Form.Hours"] = hours, ["Form.PeopleTrained"] = "15" });
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        var ledger = await TrainingData.LedgerAsync(await app.ApiClientAsync(Role.EmployerRepresentative, org));
        // Only the second entry counts: 45 of the 60 hours owed to A in February.
        Assert.Equal(45, TrainingData.Month(ledger, "A", "2024-02-01").GetProperty("delivered").GetDouble(), 6);
        Assert.Equal(60, TrainingData.Month(ledger, "A", "2024-02-01").GetProperty("owed").GetDouble(), 6);
    }
}
