using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Paritas.Statistics.Disclosure;

namespace Paritas.UnitTests.Disclosure;

[Properties(Arbitrary = [typeof(ScenarioArbitrary)], MaxTest = 150)]
public sealed class DisclosureGuardPropertyTests
{
    private static DisclosureResult Protect(Scenario scenario) =>
        DisclosureGuard.Protect(scenario.Table(), MinimumGroupSize.For(DisclosureDomain.Survey, scenario.Minimum));

    [Property]
    public Property The_attacker_recovers_no_hidden_cell_and_no_small_remainder(Scenario scenario)
    {
        var recovered = new Attacker(scenario, Protect(scenario)).Recovered();
        return (recovered.Count == 0).Label($"{scenario}: recovered {string.Join(", ", recovered)}");
    }

    [Property]
    public bool No_released_cell_describes_fewer_than_K_people_or_fewer_than_K_without_the_trait(Scenario scenario)
    {
        var result = Protect(scenario);
        return scenario.Table().Cells.All(cell =>
            !result.IsReleased(cell.UnitKey, cell.GroupKey)
            || (cell.Count >= scenario.Minimum && (cell.TraitCount is not { } trait || cell.Count - trait >= scenario.Minimum)));
    }

    [Property]
    public bool Every_cell_of_the_table_gets_exactly_one_decision(Scenario scenario)
    {
        var result = Protect(scenario);
        return result.Cells.Count == scenario.UnitCount * scenario.Columns
            && result.Cells.Select(c => (c.UnitKey, c.GroupKey)).Distinct().Count() == result.Cells.Count;
    }

    [Property]
    public Property The_pattern_does_not_depend_on_input_order(Scenario scenario, int shuffleSeed)
    {
        var table = scenario.Table();
        var random = new Random(shuffleSeed);
        var shuffled = new DisclosureTable(
            [.. table.Units.OrderBy(_ => random.Next())],
            [.. table.Groups.OrderBy(_ => random.Next())],
            [.. table.Cells.OrderBy(_ => random.Next())]);
        var minimum = MinimumGroupSize.For(DisclosureDomain.Survey, scenario.Minimum);

        var first = DisclosureGuard.Protect(table, minimum).Cells;
        var again = DisclosureGuard.Protect(table, minimum).Cells;
        var reordered = DisclosureGuard.Protect(shuffled, minimum).Cells;

        return (first.SequenceEqual(again) && first.SequenceEqual(reordered)).Label(scenario.ToString());
    }

    [Property]
    public Property A_larger_K_hides_at_least_every_cell_a_smaller_K_hides_as_primary(Scenario scenario, PositiveInt raise)
    {
        var stricter = scenario.WithMinimum(scenario.Minimum + raise.Get % 10);
        var lower = Protect(scenario);
        var higher = Protect(stricter);

        static bool IsPrimary(SuppressionReason reason) =>
            reason is SuppressionReason.BelowMinimum or SuppressionReason.NearlyAllHaveTrait;
        return lower.Cells
            .Where(c => IsPrimary(c.Reason))
            .All(c => IsPrimary(higher.Decision(c.UnitKey, c.GroupKey).Reason))
            .Label(stricter.ToString());
    }

    [Property]
    public Property A_release_set_of_two_waves_and_their_pool_shares_one_safe_pattern(Scenario scenario, int otherSeed)
    {
        var second = scenario.OtherWave(otherSeed);
        var pooled = scenario.Pooled(second);
        var waves = new[] { scenario, second, pooled };
        var minimum = MinimumGroupSize.For(DisclosureDomain.Survey, scenario.Minimum);

        var results = DisclosureGuard.ProtectTogether([.. waves.Select(w => w.Table())], minimum);

        var samePattern = results.All(r => Tables.Hidden(r).SequenceEqual(Tables.Hidden(results[0])));
        var safe = waves.Zip(results).All(x => new Attacker(x.First, x.Second).Recovered().Count == 0);
        var primariesKept = waves.Zip(results).All(x => x.First.Table().Cells.All(cell =>
            cell.Count >= scenario.Minimum || !x.Second.IsReleased(cell.UnitKey, cell.GroupKey)));
        return (samePattern && safe && primariesKept).Label(scenario.ToString());
    }

    [Property]
    public bool K_is_never_below_the_floor_of_its_domain(int requested)
    {
        return Enum.GetValues<DisclosureDomain>().All(domain =>
        {
            var k = MinimumGroupSize.For(domain, requested).Value;
            return k >= MinimumGroupSize.Floor(domain) && k == Math.Max(MinimumGroupSize.Floor(domain), requested);
        });
    }
}
