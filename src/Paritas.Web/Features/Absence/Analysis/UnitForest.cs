namespace Paritas.Web.Features.Absence.Analysis;

/// <summary>The organisation's unit tree as index arrays: parents, children and whole subtrees.</summary>
internal sealed class UnitForest
{
    private readonly List<int>[] children;

    public UnitForest(IReadOnlyList<AnalysisUnit> units)
    {
        Units = units;
        Index = units.Select((u, i) => (u.Id, i)).ToDictionary(x => x.Id, x => x.i);
        Parent = [.. units.Select(u => u.ParentId is { } p && Index.TryGetValue(p, out var pi) ? pi : -1)];
        children = [.. units.Select(_ => new List<int>())];
        for (var i = 0; i < units.Count; i++)
        {
            if (Parent[i] >= 0)
            {
                children[Parent[i]].Add(i);
            }
        }
    }

    public IReadOnlyList<AnalysisUnit> Units { get; }

    public Dictionary<Guid, int> Index { get; }

    public int[] Parent { get; }

    public bool IsLeaf(int unit) => children[unit].Count == 0;

    /// <summary>The unit and every unit below it; a cycle in bad data cannot loop forever.</summary>
    public HashSet<int> Subtree(int unit)
    {
        var seen = new HashSet<int>();
        var stack = new Stack<int>([unit]);
        while (stack.TryPop(out var u))
        {
            if (seen.Add(u))
            {
                foreach (var c in children[u])
                {
                    stack.Push(c);
                }
            }
        }

        return seen;
    }
}
