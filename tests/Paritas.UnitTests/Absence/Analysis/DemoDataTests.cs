using System.Text;
using Paritas.Web.Features.Absence.Analysis;
using Paritas.Web.Features.Absence.Import;

namespace Paritas.UnitTests.Absence.Analysis;

/// <summary>The demo's synthetic HR files, aggregated as the importer does and analysed as the change page does.</summary>
public sealed class DemoDataTests
{
    private static readonly (string Code, int Headcount, string? Parent)[] Units =
    [
        ("DEMO", 0, null), ("HSC", 0, "DEMO"), ("HSC-HOME", 0, "HSC"), ("EDU", 0, "DEMO"), ("ADM", 0, "DEMO"), ("TEC", 0, "DEMO"),
        ("HSC-HOME-N", 64, "HSC-HOME"), ("HSC-HOME-S", 58, "HSC-HOME"), ("HSC-NH", 85, "HSC"), ("EDU-SCH1", 47, "EDU"), ("EDU-LIB", 3, "EDU"),
        ("ADM-HR", 18, "ADM"), ("ADM-CS", 26, "ADM"), ("TEC-WAT", 31, "TEC"), ("TEC-FIRE", 40, "TEC"),
    ];

    private static readonly DateOnly First = new(2023, 1, 1);
    private static readonly DateOnly Last = new(2025, 12, 1);

    public static AnalysisInput Input(int seed = 2026)
    {
        var north = Last.AddMonths(-5);
        var south = Last.AddMonths(-8);
        DateOnly? GoLive(string code) => code == "HSC-HOME-N" ? north : code == "HSC-HOME-S" ? south : null;
        var (workforce, spells) = DemoHrFiles.Generate([.. Units.Select(u => (u.Code, u.Headcount, GoLive(u.Code)))], First, Last, seed);
        var workforceNoDimensions = string.Join('\n', workforce.Split('\n').Select(l => string.Join(',', l.Split(',').Take(5))));
        var codes = Units.Select(u => u.Code).ToArray();
        var (aggregate, run) = AbsenceAggregator.Aggregate(AbsenceImportSetup.Simple(First, Last, codes), Stream(workforceNoDimensions), Stream(spells));
        Assert.Equal(0, run.Problems.Total);

        var ids = codes.ToDictionary(c => c, _ => Guid.NewGuid());
        var cells = new List<AnalysisCell>();
        for (var u = 0; u < codes.Length; u++)
        {
            for (var m = 0; m < aggregate.Period.Months; m++)
            {
                var c = aggregate.Cell(u, m, 0);
                if (!aggregate.IsEmpty(c))
                {
                    cells.Add(new AnalysisCell(ids[codes[u]], aggregate.Period.Month(m),
                        new MonthTotals(aggregate.Headcount[c], aggregate.AvailableDays[c], aggregate.DaysLost[c], aggregate.MsdSpellsStarted[c], aggregate.PsychosocialSpellsStarted[c])));
                }
            }
        }

        return new AnalysisInput(
            [.. Units.Select(u => new AnalysisUnit(ids[u.Code], u.Code, u.Parent is null ? null : ids[u.Parent]))],
            cells,
            [new AnalysisGoLive(ids["HSC-HOME-N"], north), new AnalysisGoLive(ids["HSC-HOME-S"], south)],
            10);
    }

    [Fact]
    public void The_demo_change_shows_a_worsening_of_musculoskeletal_spells()
    {
        var result = ChangeAnalysis.Analyse(Input());

        var report = string.Join(" | ", result.Indicators.Select(i => $"{i.Indicator} {i.NotEnough} {i.Controlled} {i.LevelChange}")) + $" DiD {result.Did}";
        Assert.All(result.Indicators, i => Assert.True(i.IsShown, report));
        Assert.True(result.Indicators.Single(i => i.Indicator == AnalysisIndicator.MsdIncidence).LevelChange!.SignificantlyHigher, report);
        Assert.NotNull(result.Did);
    }

    private static MemoryStream Stream(string text) => new(new UTF8Encoding(false).GetBytes(text));
}
