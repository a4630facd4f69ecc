using Paritas.Web.Features.Absence.Import;

namespace Paritas.UnitTests.Absence;

/// <summary>
/// One small organisation over January–March 2024 (31 + 29 + 31 = 91 calendar days), every number
/// worked out by hand below. Columns: 0 = total, 1 = permanent, 2 = temporary.
/// </summary>
public sealed class AbsenceAggregatorExampleTests
{
    private const string Workforce = $"""
        {Files.WorkforceHeader}
        E1,A,2023-06-01,,1.0,permanent
        E2,A,2024-01-01,2024-02-10,0.5,temporary
        E2,B,2024-02-11,,0.5,permanent
        E3,B,2023-11-01,2024-03-31,0.8,temporary
        """;

    // S1 crosses January/February; S2 is 50 % and part-time; S3 is ongoing after E2 moved to B;
    // S4 starts before the period, so only its January days count and it is not "started" in the period.
    private const string Spells = $"""
        {Files.SpellsHeader}
        E1,A,2024-01-25,2024-02-05,msd,
        E2,A,2024-02-01,2024-02-10,psychosocial,50
        E2,B,2024-03-20,,other,100
        E3,B,2023-12-20,2024-01-20,unknown,
        """;

    private static readonly (AbsenceAggregate A, ImportReport Report) Result = Files.Run(Files.FirstQuarter2024(), Workforce, Spells);

    [Fact]
    public void The_example_has_no_problems() => Assert.Empty(Result.Report.Problems);

    [Theory]
    // Available days = Σ FTE × days employed in the unit in the month.
    // A, Jan: E1 31 × 1.0 + E2 31 × 0.5 = 46.5;  Feb: E1 29 + E2 10 × 0.5 = 34;  Mar: E1 31.
    // B, Jan: E3 31 × 0.8 = 24.8;  Feb: E2 19 × 0.5 + E3 29 × 0.8 = 9.5 + 23.2 = 32.7;  Mar: E2 31 × 0.5 + E3 31 × 0.8 = 15.5 + 24.8 = 40.3.
    [InlineData(0, 0, 46.5)]
    [InlineData(0, 1, 34.0)]
    [InlineData(0, 2, 31.0)]
    [InlineData(1, 0, 24.8)]
    [InlineData(1, 1, 32.7)]
    [InlineData(1, 2, 40.3)]
    public void Available_days_are_FTE_times_calendar_days(int unit, int month, double expected) =>
        Assert.Equal(expected, Result.A.AvailableDays[Result.A.Cell(unit, month, 0)], 9);

    [Theory]
    // Days lost = days of the spell in the month and period × degree × FTE.
    // A Jan: S1 25–31 Jan = 7 × 1 × 1 = 7.   A Feb: S1 1–5 Feb = 5, S2 10 days × 0.5 × 0.5 = 2.5 → 7.5.
    // B Jan: S4 clipped to 1–20 Jan = 20 × 1 × 0.8 = 16.   B Mar: S3 ongoing 20–31 Mar = 12 × 1 × 0.5 = 6.
    [InlineData(0, 0, 7.0)]
    [InlineData(0, 1, 7.5)]
    [InlineData(0, 2, 0.0)]
    [InlineData(1, 0, 16.0)]
    [InlineData(1, 1, 0.0)]
    [InlineData(1, 2, 6.0)]
    public void Days_lost_follow_months_degree_FTE_and_the_period(int unit, int month, double expected) =>
        Assert.Equal(expected, Result.A.DaysLost[Result.A.Cell(unit, month, 0)], 9);

    [Fact]
    public void Days_lost_split_by_the_group_of_the_employment()
    {
        var a = Result.A;
        // A Feb: S1's 5 days are E1's (permanent), S2's 2.5 are E2's (temporary in A).
        Assert.Equal(5.0, a.DaysLost[a.Cell(0, 1, 1)], 9);
        Assert.Equal(2.5, a.DaysLost[a.Cell(0, 1, 2)], 9);
        // B Jan: E3 is temporary.
        Assert.Equal(16.0, a.DaysLost[a.Cell(1, 0, 2)], 9);
        Assert.Equal(0.0, a.DaysLost[a.Cell(1, 0, 1)], 9);
    }

    [Theory]
    // Main employment per person and month: Jan E1→A, E2→A, E3→B; Feb E2 has 10 days in A and 19 in B → B.
    [InlineData(0, 0, 2)]
    [InlineData(1, 0, 1)]
    [InlineData(0, 1, 1)]
    [InlineData(1, 1, 2)]
    [InlineData(0, 2, 1)]
    [InlineData(1, 2, 2)]
    public void Headcount_counts_each_person_once_in_their_main_unit(int unit, int month, int expected) =>
        Assert.Equal(expected, Result.A.Headcount[Result.A.Cell(unit, month, 0)]);

    [Fact]
    public void Spells_started_count_only_starts_inside_the_period_with_their_cause()
    {
        var a = Result.A;
        Assert.Equal((1, 1, 0), (a.SpellsStarted[a.Cell(0, 0, 0)], a.MsdSpellsStarted[a.Cell(0, 0, 0)], a.PsychosocialSpellsStarted[a.Cell(0, 0, 0)]));
        Assert.Equal((1, 0, 1), (a.SpellsStarted[a.Cell(0, 1, 0)], a.MsdSpellsStarted[a.Cell(0, 1, 0)], a.PsychosocialSpellsStarted[a.Cell(0, 1, 0)]));
        Assert.Equal(1, a.SpellsStarted[a.Cell(1, 2, 0)]);
        // S4 started in December 2023, before the period.
        Assert.Equal(0, a.SpellsStarted[a.Cell(1, 0, 0)]);
        Assert.Equal(1, a.PsychosocialSpellsStarted[a.Cell(0, 1, 2)]);
    }

    [Fact]
    public void Employees_with_a_spell_per_year_count_each_person_in_their_main_unit_of_the_year()
    {
        var a = Result.A;
        // 2024: E1 → A (91 days); E2 → B (50 days against 41 in A); E3 → B. All three had sick days.
        Assert.Equal((1, 1), (a.YearEmployees[a.YearCell(0, 0, 0)], a.YearEmployeesWithSpell[a.YearCell(0, 0, 0)]));
        Assert.Equal((2, 2), (a.YearEmployees[a.YearCell(1, 0, 0)], a.YearEmployeesWithSpell[a.YearCell(1, 0, 0)]));
    }
}
