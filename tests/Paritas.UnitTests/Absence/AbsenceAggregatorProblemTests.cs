using System.Text;
using Paritas.Web.Features.Absence;
using Paritas.Web.Features.Absence.Import;

namespace Paritas.UnitTests.Absence;

public sealed class AbsenceAggregatorProblemTests
{
    private const string Workforce = $"""
        {Files.WorkforceHeader}
        SECRET-7731,A,2023-01-01,,1,permanent
        """;

    private static ImportProblem Only(string spells)
    {
        var (_, report) = Files.Run(Files.FirstQuarter2024(), Workforce, $"{Files.SpellsHeader}\n{spells}\n");
        return Assert.Single(report.Problems);
    }

    [Theory]
    [InlineData("SECRET-7731,Z,2024-01-02,2024-01-03,msd,", ImportProblemReason.UnknownUnit, "unit_code")]
    [InlineData("SECRET-7731,A,2024-13-02,2024-01-03,msd,", ImportProblemReason.BadDate, "start_date")]
    [InlineData("SECRET-7731,A,2024-01-05,2024-01-03,msd,", ImportProblemReason.EndBeforeStart, "end_date")]
    [InlineData("SECRET-7731,A,2024-01-02,2024-01-03,msd,150", ImportProblemReason.BadDegree, "degree")]
    [InlineData("SECRET-7731,A,2024-01-02,2024-01-03,flu,", ImportProblemReason.UnknownCause, "cause")]
    [InlineData("SECRET-9999,A,2024-01-02,2024-01-03,msd,", ImportProblemReason.SpellOutsideEmployment, "start_date")]
    [InlineData(",A,2024-01-02,2024-01-03,msd,", ImportProblemReason.MissingEmployeeId, "employee_id")]
    public void Each_bad_row_has_its_own_reason_with_row_and_column(string row, ImportProblemReason reason, string column)
    {
        var problem = Only(row);
        Assert.Equal((ImportFile.Spells, 2L, column, reason), (problem.File, problem.Row, problem.Column, problem.Reason));
    }

    [Fact]
    public void Overlapping_spells_of_one_person_are_refused_on_the_second()
    {
        var problem = Only("SECRET-7731,A,2024-01-02,2024-01-10,msd,\nSECRET-7731,A,2024-01-10,2024-01-12,other,");
        Assert.Equal((3L, ImportProblemReason.OverlappingSpells), (problem.Row, problem.Reason));
    }

    [Fact]
    public void A_missing_column_is_reported_by_its_canonical_name()
    {
        var (_, report) = Files.Run(Files.FirstQuarter2024(), Workforce, "employee_id,unit_code,start_date\nSECRET-7731,A,2024-01-02\n");
        var problem = Assert.Single(report.Problems);
        Assert.Equal(("end_date", ImportProblemReason.MissingColumn), (problem.Column, problem.Reason));
    }

    [Fact]
    public void Problems_list_the_first_hundred_then_count_by_reason()
    {
        var rows = string.Join('\n', Enumerable.Range(0, 250).Select(_ => "SECRET-7731,Q,2024-01-02,2024-01-03,msd,"));
        var (_, report) = Files.Run(Files.FirstQuarter2024(), Workforce, $"{Files.SpellsHeader}\n{rows}\n");
        Assert.Equal(ImportReport.ProblemsListed, report.Problems.Count);
        Assert.Equal(250, report.ProblemCounts[ImportProblemReason.UnknownUnit]);
    }

    [Fact]
    public void Semicolons_Windows_1252_day_first_dates_and_quoted_line_breaks_are_read()
    {
        var workforce = "\"Employee ID\";\"Unit code\";Start date;End date;FTE;contract_type\r\nÅse-1;A;01.01.2024;;0,5;\"perma\r\nnent\"\r\n";
        var spells = "employee_id;unit_code;start_date;end_date;cause;degree\r\nÅse-1;A;02.01.2024;03.01.2024;msd;50%\r\n";
        var setup = Files.FirstQuarter2024(format: AbsenceDateFormat.DayFirst);
        var win1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;
        var (a, run) = AbsenceAggregator.Aggregate(setup, Files.Csv(workforce, win1252), Files.Csv("\uFEFF" + spells, new UTF8Encoding(true)));
        Assert.Equal(0, run.Problems.Total);
        // 2 days × 50 % × 0.5 FTE.
        Assert.Equal(0.5, a.DaysLost[a.Cell(0, 0, 0)], 9);
        Assert.Equal(15.5, a.AvailableDays[a.Cell(0, 0, 0)], 9);
    }

    [Fact]
    public void A_saved_column_mapping_and_cause_mapping_are_used()
    {
        var setup = Files.FirstQuarter2024() with
        {
            SpellsColumns = new Dictionary<string, string> { ["person"] = "employee_id", ["diagnosis_group"] = "cause" },
            Causes = new Dictionary<string, AbsenceCause> { ["M54"] = AbsenceCause.Msd },
        };
        var (a, run) = AbsenceAggregator.Aggregate(setup, Files.Csv(Workforce), Files.Csv("Person,unit_code,start_date,end_date,Diagnosis group\nSECRET-7731,A,2024-01-02,2024-01-03,m54\n"));
        Assert.Equal(0, run.Problems.Total);
        Assert.Equal(1, a.MsdSpellsStarted[a.Cell(0, 0, 0)]);
    }
}
