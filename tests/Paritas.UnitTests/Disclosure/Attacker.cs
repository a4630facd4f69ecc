using Paritas.Statistics.Disclosure;

namespace Paritas.UnitTests.Disclosure;

/// <summary>
/// Plays the adversary of P4 with exact linear algebra, independently of the guard's own
/// model: the unknowns are the people of each unit's own members per group, every released
/// cell is a known sum of them, and so is every empty remainder (an empty unit or group is
/// assumed known). A hidden cell or a small remainder is disclosed when its sum lies in the
/// span of what is known.
/// </summary>
public sealed class Attacker(Scenario scenario, Func<string, string?, bool> isReleased)
{
    public Attacker(Scenario scenario, DisclosureResult result)
        : this(scenario, result.IsReleased)
    {
    }

    private int Atoms => scenario.UnitCount * scenario.Columns;

    private int Ungrouped => scenario.Columns - 1;

    /// <summary>Descriptions of every hidden cell and every sensitive remainder the attacker recovers.</summary>
    public IReadOnlyList<string> Recovered()
    {
        var known = new ExactRowSpace(Atoms);
        var targets = new List<(string Name, int[] Sum)>();
        for (var u = 0; u < scenario.UnitCount; u++)
        {
            Consider(known, targets, Scenario.UnitKey(u), null, Sum(u, null));
            for (var g = 0; g < scenario.Groups.Length; g++)
            {
                Consider(known, targets, Scenario.UnitKey(u), scenario.Groups[g], Sum(u, g));
            }
        }

        foreach (var (name, sum, count, trait) in Remainders())
        {
            if (count == 0)
            {
                known.Add(sum);
            }
            else if (count < scenario.Minimum || (trait is { } c && count - c < scenario.Minimum))
            {
                targets.Add((name, sum));
            }
        }

        return [.. targets.Where(t => known.Contains(t.Sum)).Select(t => t.Name)];
    }

    private void Consider(ExactRowSpace known, List<(string, int[])> targets, string unit, string? group, int[] sum)
    {
        if (isReleased(unit, group))
        {
            known.Add(sum);
        }
        else
        {
            targets.Add(($"cell {unit}/{group ?? "total"}", sum));
        }
    }

    /// <summary>The implicit cells: own members of a parent (in all and per group), and those in no group.</summary>
    private IEnumerable<(string Name, int[] Sum, long Count, long? Trait)> Remainders()
    {
        var hasDimension = scenario.Groups.Length > 0;
        for (var u = 0; u < scenario.UnitCount; u++)
        {
            var name = Scenario.UnitKey(u);
            if (scenario.Children[u].Length > 0)
            {
                yield return Own(u, Enumerable.Range(0, scenario.Columns), $"own members of {name}");
                if (hasDimension)
                {
                    for (var g = 0; g < scenario.Columns; g++)
                    {
                        yield return Own(u, [g], $"own members of {name} in column {g}");
                    }
                }
            }

            if (hasDimension)
            {
                var sum = Sum(u, Ungrouped);
                yield return ($"no group in {name}", sum, scenario.Count(u, Ungrouped), Trait(() => scenario.Count(u, Ungrouped, trait: true)));
            }
        }
    }

    private (string, int[], long, long?) Own(int unit, IEnumerable<int> columns, string name)
    {
        var sum = new int[Atoms];
        long count = 0, trait = 0;
        foreach (var g in columns)
        {
            sum[unit * scenario.Columns + g] = 1;
            count += scenario.Own[unit][g];
            trait += scenario.OwnTrait?[unit][g] ?? 0;
        }

        return (name, sum, count, scenario.OwnTrait is null ? null : trait);
    }

    private long? Trait(Func<long> trait) => scenario.OwnTrait is null ? null : trait();

    /// <summary>The atoms a rolled-up cell adds up; column null is the unit's total.</summary>
    private int[] Sum(int unit, int? column)
    {
        var sum = new int[Atoms];
        for (var v = 0; v < scenario.UnitCount; v++)
        {
            if (!scenario.InSubtree(v, unit))
            {
                continue;
            }

            for (var g = 0; g < scenario.Columns; g++)
            {
                if (column is null || column == g)
                {
                    sum[v * scenario.Columns + g] = 1;
                }
            }
        }

        return sum;
    }
}
