using Paritas.Statistics.Disclosure;

namespace Paritas.Benchmarks;

/// <summary>
/// A municipality-sized tree for the guard: one root, directorates, departments and
/// about 2,000 units in all, most of them small teams, with a ten-group dimension
/// in which many cells fall below K.
/// </summary>
public static class SyntheticOrganisation
{
    public static DisclosureTable Build(int groupCount, int seed = 42)
    {
        var random = new Random(seed);
        var groups = Enumerable.Range(0, groupCount).Select(g => $"group-{g:D2}").ToArray();
        var units = new List<UnitNode> { new("org", null) };
        var own = new Dictionary<string, int[]> { ["org"] = new int[groupCount + 1] };
        for (var d = 0; d < 8; d++)
        {
            var directorate = $"d{d}";
            units.Add(new UnitNode(directorate, "org"));
            own[directorate] = OwnMembers(random, groupCount, random.Next(0, 4));
            for (var p = 0; p < 10; p++)
            {
                var department = $"{directorate}.p{p}";
                units.Add(new UnitNode(department, directorate));
                own[department] = OwnMembers(random, groupCount, random.Next(0, 8));
                for (var t = 0; t < 24; t++)
                {
                    var team = $"{department}.t{t}";
                    units.Add(new UnitNode(team, department));
                    own[team] = OwnMembers(random, groupCount, random.Next(3, 40));
                }
            }
        }

        var children = units.Where(u => u.ParentKey is not null).ToLookup(u => u.ParentKey!, u => u.Key);
        var rolled = new Dictionary<string, int[]>();
        int[] Roll(string unit)
        {
            var sum = (int[])own[unit].Clone();
            foreach (var child in children[unit])
            {
                var c = Roll(child);
                for (var g = 0; g < sum.Length; g++)
                {
                    sum[g] += c[g];
                }
            }

            return rolled[unit] = sum;
        }

        Roll("org");
        var cells = new List<CellCount>();
        foreach (var (unit, counts) in rolled)
        {
            cells.Add(new CellCount(unit, null, counts.Sum()));
            cells.AddRange(groups.Select((g, i) => new CellCount(unit, g, counts[i])));
        }

        return new DisclosureTable(units, groups, cells);
    }

    /// <summary>People spread unevenly over the groups, a few in none, as HR data tends to be.</summary>
    private static int[] OwnMembers(Random random, int groupCount, int people)
    {
        var counts = new int[groupCount + 1];
        for (var i = 0; i < people; i++)
        {
            var g = groupCount == 0 || random.Next(50) == 0
                ? groupCount
                : Math.Min(groupCount - 1, (int)(-Math.Log(1 - random.NextDouble()) * groupCount / 3));
            counts[g]++;
        }

        return counts;
    }
}
