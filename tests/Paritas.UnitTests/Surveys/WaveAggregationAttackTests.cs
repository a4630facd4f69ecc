using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Paritas.Statistics.Disclosure;
using Paritas.UnitTests.Disclosure;
using Paritas.Web.Features.Surveys;

namespace Paritas.UnitTests.Surveys;

/// <summary>
/// Acceptance 2: the attacker of the disclosure tests plays against what a closed wave releases —
/// the breakdown by unit and by a dimension together, and each measure's own pattern — and
/// recovers nothing; a hidden cell never carries a number.
/// </summary>
[Properties(Arbitrary = [typeof(WaveAggregationAttackTests)], MaxTest = 100)]
public sealed class WaveAggregationAttackTests
{
    private const string Dimension = "OccupationalGroup";

    public static Arbitrary<Scenario> Scenarios() =>
        Gen.Choose(0, int.MaxValue)
            .SelectMany(seed => Gen.Choose(5, 9), (seed, k) => (seed, k))
            .SelectMany(x => Gen.Choose(0, 3), (x, groups) => Scenario.Generate(x.seed, x.k, groups, withTrait: false))
            .ToArbitrary();

    [Property]
    public Property The_attacker_recovers_nothing_from_the_cells_a_closed_wave_releases(Scenario scenario)
    {
        var outcome = Close(scenario, answerAll: true);
        var released = outcome.Cells.Where(c => c.Reason == SuppressionReason.None).Select(c => (c.UnitCode, Group(c))).ToHashSet();
        var recovered = new Attacker(scenario, (u, g) => released.Contains((u, g))).Recovered();
        return (recovered.Count == 0).Label($"{scenario}: recovered {string.Join(", ", recovered)}");
    }

    [Property]
    public Property The_attacker_recovers_nothing_from_a_measures_released_means(Scenario scenario)
    {
        var outcome = Close(scenario, answerAll: false);
        var cells = outcome.Cells.Where(c => c.Reason == SuppressionReason.None).Select(c => (c.UnitCode, Group(c))).ToHashSet();
        foreach (var measure in new[] { "scale:workload", "scale:trouble_any", "item:contact" })
        {
            var shown = outcome.Aggregates.Where(a => a.Measure == measure && !a.Suppressed).Select(a => (a.UnitCode, a.GroupCode.Length == 0 ? null : a.GroupCode)).ToHashSet();
            // The attacker sees a measure's numbers where its cell and the measure are released; it knows how many answered from them.
            var answered = AnsweredScenario(scenario);
            var recovered = new Attacker(answered, (u, g) => cells.Contains((u, g)) && shown.Contains((u, g))).Recovered();
            if (recovered.Count > 0)
            {
                return false.Label($"{measure} in {scenario}: recovered {string.Join(", ", recovered)}");
            }
        }

        return true.ToProperty();
    }

    [Property]
    public bool No_released_cell_describes_fewer_than_K_respondents(Scenario scenario)
        => Close(scenario, answerAll: true).Cells.All(c => c.Reason != SuppressionReason.None || c.Respondents >= scenario.Minimum);

    private static string? Group(WaveAggregation.Cell c) => c.Dimension.Length == 0 ? null : c.GroupCode;

    private static WavePopulation Population(Scenario scenario)
    {
        var units = Enumerable.Range(0, scenario.UnitCount)
            .Select(u => new WaveUnit(Id(u), Scenario.UnitKey(u), Scenario.UnitKey(u), scenario.Parent[u] < 0 ? null : Scenario.UnitKey(scenario.Parent[u]), 0)).ToList();
        return new WavePopulation(units, scenario.Groups.Length == 0 ? [] : [new WaveDimension(Dimension, "Occupation", [.. scenario.Groups.Select(g => new WaveGroup(g, g))])]);
    }

    /// <summary>
    /// Every person of the scenario answers. When not everyone answers everything, the people
    /// with an even index within their cell skip the scale items and the contact item.
    /// </summary>
    private static IEnumerable<(Guid, string, string, AnswerSheet)> Responses(Scenario scenario, bool answerAll)
    {
        for (var u = 0; u < scenario.UnitCount; u++)
        {
            for (var g = 0; g < scenario.Columns; g++)
            {
                var grouped = g < scenario.Groups.Length;
                for (var i = 0; i < scenario.Own[u][g]; i++)
                {
                    var sheet = new AnswerSheet();
                    if (answerAll || i % 3 != 0)
                    {
                        sheet.Choices["w1"] = 1 + (i % 5);
                        sheet.Choices["w2"] = 1 + ((i + u) % 5);
                        sheet.Choices["neck"] = 1 + (i % 2);
                        sheet.Choices["contact"] = 1 + (g % 2);
                    }

                    sheet.Texts["comment"] = "x";
                    yield return (Id(u), grouped ? Dimension : "", grouped ? scenario.Groups[g] : "", sheet);
                }
            }
        }
    }

    private static Scenario AnsweredScenario(Scenario scenario)
        => scenario.Map((_, _, n) => Enumerable.Range(0, (int)n).Count(i => i % 3 != 0));

    private static WaveAggregation.Outcome Close(Scenario scenario, bool answerAll)
        => WaveAggregation.Run(TestInstrument.Parsed, Population(scenario), Responses(scenario, answerAll), MinimumGroupSize.For(DisclosureDomain.Survey, scenario.Minimum));

    private static Guid Id(int unit) => new(unit, 0, 0, new byte[8]);
}
