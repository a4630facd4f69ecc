using System.Globalization;
using System.Text;
using System.Text.Json;
using Paritas.IntegrationTests.Changes;
using Paritas.Web.Features.Accounts;

namespace Paritas.IntegrationTests.Training;

/// <summary>
/// Acceptance 4. Units A and B (20 people each: 10 women at FTE 1, 10 men at FTE 0.5) go live on
/// 1 January and 1 March 2024; the right to digital training owes 4 hours a month per full-time
/// person (the yearly 100 hours do not cap it: 4 × 12 = 48). Every expected value below is worked
/// out by hand in the comments, not by the code under test.
/// </summary>
public sealed class LedgerAccrualTests(ParitasFactory app) : IClassFixture<ParitasFactory>
{
    private const double Precision = 6;

    [Fact]
    public async Task Entitlement_accrues_from_each_units_go_live_pro_rata_to_FTE_and_delivered_hours_come_from_the_CSV()
    {
        var org = await app.CreateOrganisationAsync();
        var (_, a, b) = await TrainingData.ArrangeAsync(app, org);
        var employer = await app.SignInAsAsync(Role.EmployerRepresentative, org);
        await employer.ImportTemplateAsync("digital-training-right");
        var change = await TrainingData.RegisterAsync(employer, "Visit app", (a, new DateOnly(2024, 1, 1)), (b, new DateOnly(2024, 3, 1)));
        await TrainingData.ImportWorkforceAsync(employer, TrainingData.Workforce(("A", 20), ("B", 20)));
        var imported = await TrainingData.UploadHoursAsync(employer, Hours());
        Assert.Contains("Imported 50 rows", await imported.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var api = await app.ApiClientAsync(Role.WorkersRepresentative, org);
        var ledger = await TrainingData.LedgerAsync(api);

        // A each month: FTE 10 × 1 + 10 × 0.5 = 15, owed 4 × 15 = 60; January to March 180.
        // A delivered: women 10 × 4 h in each month (40) + men 10 × 1 h in January (10) = 50, 40, 40 → 130.
        AssertMonth(TrainingData.Month(ledger, "A", "2024-01-01"), owed: 60, delivered: 50);
        AssertMonth(TrainingData.Month(ledger, "A", "2024-02-01"), owed: 60, delivered: 40);
        AssertSummary(TrainingData.Summary(ledger, "A"), owed: 180, delivered: 130, fallsShort: true); // 1 − 130/180 = 27.8 % ≥ 25 %
        // B goes live on 1 March: nothing owed before; March 60 owed, 10 women × 4 h = 40 delivered.
        AssertMonth(TrainingData.Month(ledger, "B", "2024-02-01"), owed: 0, delivered: 0);
        AssertMonth(TrainingData.Month(ledger, "B", "2024-03-01"), owed: 60, delivered: 40);
        AssertSummary(TrainingData.Summary(ledger, "B"), owed: 60, delivered: 40, fallsShort: true);
        // ROOT is A + B: 60, 60, 120 owed = 240; 130 + 40 = 170 delivered.
        AssertSummary(TrainingData.Summary(ledger, "ROOT"), owed: 240, delivered: 170, fallsShort: true);

        // People trained: in January all 20 of A were trained, which would tell each of them — hidden;
        // in February 10 of 20 (women only), shown.
        Assert.Equal(JsonValueKind.Null, TrainingData.Month(ledger, "A", "2024-01-01").GetProperty("peopleTrained").ValueKind);
        Assert.Equal(10, TrainingData.Month(ledger, "A", "2024-02-01").GetProperty("peopleTrained").GetInt32());

        // By gender, A: women owed 4 × 10 × 3 = 120, delivered 120; men owed 4 × 5 × 3 = 60, delivered 10.
        var byGender = await TrainingData.LedgerAsync(api, "?dimension=Gender");
        AssertSummary(TrainingData.Summary(byGender, "A", "women"), owed: 120, delivered: 120, fallsShort: false);
        AssertSummary(TrainingData.Summary(byGender, "A", "men"), owed: 60, delivered: 10, fallsShort: true);

        var page = await (await employer.GetAsync($"/Changes/Details?id={change}")).Content.ReadAsStringAsync();
        Assert.Contains("id=\"training\"", page, StringComparison.Ordinal);
        Assert.Contains("Falls short", page, StringComparison.Ordinal);
        Assert.Contains("180.0", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_equality_view_shows_men_and_part_time_workers_get_less_training_per_person()
    {
        var org = await app.CreateOrganisationAsync();
        var (_, a, b) = await TrainingData.ArrangeAsync(app, org);
        var employer = await app.SignInAsAsync(Role.EmployerRepresentative, org);
        await employer.ImportTemplateAsync("digital-training-right");
        await TrainingData.RegisterAsync(employer, "Visit app", (a, new DateOnly(2024, 1, 1)), (b, new DateOnly(2024, 3, 1)));
        await TrainingData.ImportWorkforceAsync(employer, TrainingData.Workforce(("A", 20), ("B", 20)));
        await TrainingData.UploadHoursAsync(employer, Hours());

        var ledger = await TrainingData.LedgerAsync(await app.ApiClientAsync(Role.OshOfficer, org));

        // Over January–March at ROOT: women 20 a month → 60 person-months; delivered A 120 + B 40 = 160
        // → 12 × 160 / 60 = 32 h per person-year; owed A 120 + B 40 = 160 → 32.
        AssertEquality(TrainingData.Equality(ledger, "Gender", "women"), delivered: 32, owed: 32, less: false);
        // Men: 60 person-months; delivered 10 → 12 × 10 / 60 = 2; owed (half-time) A 60 + B 20 = 80 → 16.
        AssertEquality(TrainingData.Equality(ledger, "Gender", "men"), delivered: 2, owed: 16, less: true);
        // Everyone: 120 person-months; 170 delivered → 17; 240 owed → 24. Men's 2 < 0.75 × 17.
        AssertEquality(TrainingData.Equality(ledger, "Gender", null), delivered: 17, owed: 24, less: false);
        // Working time follows the FTE: the part-timers are the men here.
        AssertEquality(TrainingData.Equality(ledger, "WorkingTime", "part-time"), delivered: 2, owed: 16, less: true);
        AssertEquality(TrainingData.Equality(ledger, "WorkingTime", "full-time"), delivered: 32, owed: 32, less: false);

        var page = await (await employer.GetAsync("/Training/Ledger")).Content.ReadAsStringAsync();
        Assert.Contains("Gets less training", page, StringComparison.Ordinal);
    }

    /// <summary>A women 4 h in each month, A men 1 h in January, B women 4 h in March: 10 × 3 + 10 + 10 = 50 rows.</summary>
    internal static string Hours()
    {
        var b = new StringBuilder("employee_id,unit_code,date,hours,activity,gender,fte\n");
        for (var i = 0; i < 10; i++)
        {
            foreach (var month in new[] { 1, 2, 3 })
            {
                b.Append(CultureInfo.InvariantCulture, $"{TrainingData.Id("A", i)},A,2024-0{month}-10,4,Visit app basics,women,1\n");
            }

            b.Append(CultureInfo.InvariantCulture, $"{TrainingData.Id("A", i + 10)},A,2024-01-20,1,Privacy briefing,men,0.5\n");
            b.Append(CultureInfo.InvariantCulture, $"{TrainingData.Id("B", i)},B,2024-03-15,\"4,0\",Visit app basics,women,1\n");
        }

        return b.ToString();
    }

    private static void AssertMonth(JsonElement row, double owed, double delivered)
    {
        Assert.False(row.GetProperty("suppressed").GetBoolean());
        Assert.Equal(owed, row.GetProperty("owed").GetDouble(), Precision);
        Assert.Equal(delivered, row.GetProperty("delivered").GetDouble(), Precision);
    }

    private static void AssertSummary(JsonElement row, double owed, double delivered, bool fallsShort)
    {
        Assert.False(row.GetProperty("suppressed").GetBoolean());
        Assert.Equal(owed, row.GetProperty("owed").GetDouble(), Precision);
        Assert.Equal(delivered, row.GetProperty("delivered").GetDouble(), Precision);
        Assert.Equal(fallsShort, row.GetProperty("fallsShort").GetBoolean());
    }

    private static void AssertEquality(JsonElement row, double delivered, double owed, bool less)
    {
        Assert.False(row.GetProperty("suppressed").GetBoolean());
        Assert.Equal(delivered, row.GetProperty("deliveredPerPersonYear").GetDouble(), Precision);
        Assert.Equal(owed, row.GetProperty("owedPerPersonYear").GetDouble(), Precision);
        Assert.Equal(less, row.GetProperty("lessThanOthers").GetBoolean());
    }
}
