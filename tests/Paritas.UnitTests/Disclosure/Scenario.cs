using Paritas.Statistics.Disclosure;

namespace Paritas.UnitTests.Disclosure;

/// <summary>
/// A random organisation built from the people up: each unit's own members per group
/// (the last column is "no group"), so every rolled-up cell is additive by construction.
/// </summary>
public sealed class Scenario
{
    private Scenario(int seed, int minimum, int[] parent, string[] groups, long[][] own, long[][]? ownTrait)
    {
        Seed = seed;
        Minimum = minimum;
        Parent = parent;
        Groups = groups;
        Own = own;
        OwnTrait = ownTrait;
        Children = [.. Enumerable.Range(0, parent.Length).Select(u => Enumerable.Range(0, parent.Length).Where(c => parent[c] == u).ToArray())];
    }

    public int Seed { get; }

    /// <summary>The same tree and groups with other people in them: a second wave, say.</summary>
    public Scenario OtherWave(int seed)
    {
        var random = new Random(seed);
        var own = Own.Select(row => row.Select(n => n == 0 ? 0 : SmallCount(random)).ToArray()).ToArray();
        return new Scenario(seed, Minimum, Parent, Groups, own, null);
    }

    /// <summary>Both waves pooled, cell by cell.</summary>
    public Scenario Pooled(Scenario other) => new(
        Seed, Minimum, Parent, Groups, [.. Own.Select((row, u) => row.Select((n, g) => n + other.Own[u][g]).ToArray())], null);

    /// <summary>The same tree and groups with each unit's own members per column mapped: those who answered one question, say.</summary>
    public Scenario Map(Func<int, int, long, long> own) => new(
        Seed, Minimum, Parent, Groups, [.. Own.Select((row, u) => row.Select((n, g) => own(u, g, n)).ToArray())], null);

    public Scenario WithMinimum(int minimum) => new(Seed, minimum, Parent, Groups, Own, OwnTrait);

    public int Minimum { get; }

    public int[] Parent { get; }

    public int[][] Children { get; }

    public string[] Groups { get; }

    /// <summary>Own members of each unit per column: groups first, then those in no group.</summary>
    public long[][] Own { get; }

    public long[][]? OwnTrait { get; }

    public int UnitCount => Parent.Length;

    public int Columns => Groups.Length + 1;

    public static string UnitKey(int u) => $"u{u:D2}";

    /// <summary>A root with no own members over children whose own members are given per column.</summary>
    public static Scenario FromOwn(string[] groups, int minimum, long[][] own) =>
        new(0, minimum, [.. Enumerable.Range(0, own.Length).Select(u => u == 0 ? -1 : 0)], groups, own, null);

    public static Scenario Generate(int seed, int minimum, int groupCount, bool withTrait)
    {
        var random = new Random(seed);
        var parent = new List<int> { -1 };
        var depth = new List<int> { 0 };
        for (var u = 0; u < parent.Count && parent.Count < 22; u++)
        {
            var children = depth[u] >= 4 ? 0 : random.Next(0, depth[u] == 0 ? 5 : 4);
            for (var c = 0; c < children && parent.Count < 22; c++)
            {
                parent.Add(u);
                depth.Add(depth[u] + 1);
            }
        }

        var isParent = Enumerable.Range(0, parent.Count).Select(u => parent.Contains(u)).ToArray();
        var columns = groupCount + 1;
        var coversAll = random.Next(2) == 0;
        var own = new long[parent.Count][];
        var ownTrait = withTrait ? new long[parent.Count][] : null;
        for (var u = 0; u < parent.Count; u++)
        {
            var empty = isParent[u] && random.Next(2) == 0;
            own[u] = new long[columns];
            for (var g = 0; g < columns; g++)
            {
                var ungrouped = g == columns - 1 && groupCount > 0;
                own[u][g] = empty || (ungrouped && (coversAll || random.Next(3) > 0)) ? 0 : SmallCount(random);
            }

            if (ownTrait is not null)
            {
                ownTrait[u] = [.. own[u].Select(n => random.Next(3) == 0 ? n : (long)random.Next((int)n + 1))];
            }
        }

        var groups = Enumerable.Range(0, groupCount).Select(g => $"g{g}").ToArray();
        return new Scenario(seed, minimum, [.. parent], groups, own, ownTrait);
    }

    /// <summary>Mostly small: the interesting cases sit around K.</summary>
    private static long SmallCount(Random random) => random.Next(10) switch
    {
        < 2 => 0,
        < 5 => random.Next(1, 5),
        < 8 => random.Next(5, 16),
        _ => random.Next(16, 41),
    };

    public bool InSubtree(int unit, int root)
    {
        for (var u = unit; u >= 0; u = Parent[u])
        {
            if (u == root)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Rolled-up count of a unit, for one column or (column null) for everyone.</summary>
    public long Count(int unit, int? column, bool trait = false)
    {
        var source = trait ? OwnTrait! : Own;
        return Enumerable.Range(0, UnitCount)
            .Where(v => InSubtree(v, unit))
            .Sum(v => column is { } c ? source[v][c] : source[v].Sum());
    }

    public DisclosureTable Table()
    {
        var units = Enumerable.Range(0, UnitCount)
            .Select(u => new UnitNode(UnitKey(u), Parent[u] < 0 ? null : UnitKey(Parent[u])))
            .ToList();
        var cells = new List<CellCount>();
        for (var u = 0; u < UnitCount; u++)
        {
            cells.Add(Cell(u, null, null));
            for (var g = 0; g < Groups.Length; g++)
            {
                cells.Add(Cell(u, g, Groups[g]));
            }
        }

        return new DisclosureTable(units, Groups, cells);
    }

    private CellCount Cell(int u, int? column, string? group) => new(
        UnitKey(u), group, (int)Count(u, column), OwnTrait is null ? null : (int)Count(u, column, trait: true));

    public override string ToString() =>
        $"seed {Seed}, K {Minimum}, {UnitCount} units, {Groups.Length} groups, trait {OwnTrait is not null}";
}
