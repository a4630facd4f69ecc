namespace Paritas.Web.Features.Organisations;

/// <summary>The shape of the unit tree, over any row that has an id and a parent id.</summary>
public static class UnitTree
{
    /// <summary>
    /// Builds the tree. A row whose parent is not among the rows (a closed parent, say) becomes a
    /// root, so no unit ever disappears from view; rows caught in a cycle are shown as roots too.
    /// </summary>
    public static IReadOnlyList<UnitTreeNode<T>> Build<T>(IEnumerable<T> rows, Func<T, Guid> id, Func<T, Guid?> parentId, IComparer<T> order)
    {
        var list = rows.ToList();
        var ids = list.Select(id).ToHashSet();
        var children = list.Where(r => parentId(r) is { } p && ids.Contains(p)).ToLookup(r => parentId(r)!.Value);
        var placed = new HashSet<Guid>();

        UnitTreeNode<T> Node(T row)
        {
            placed.Add(id(row));
            var kids = children[id(row)].Where(c => !placed.Contains(id(c))).Order(order).ToList();
            return new UnitTreeNode<T>(row, [.. kids.Select(Node)]);
        }

        var roots = list.Where(r => parentId(r) is not { } p || !ids.Contains(p)).Order(order).Select(Node).ToList();
        // Rows only reachable through a cycle never met a root; show them rather than lose them.
        foreach (var row in list.Where(r => !placed.Contains(id(r))).Order(order).ToList())
        {
            if (!placed.Contains(id(row)))
            {
                roots.Add(Node(row));
            }
        }

        return roots;
    }

    /// <summary>The tree depth-first, with each row's depth (0 for a root): for indented lists and selects.</summary>
    public static IReadOnlyList<(T Item, int Depth)> Flatten<T>(IReadOnlyList<UnitTreeNode<T>> roots)
    {
        var result = new List<(T, int)>();
        void Walk(UnitTreeNode<T> node, int depth)
        {
            result.Add((node.Item, depth));
            foreach (var child in node.Children)
            {
                Walk(child, depth + 1);
            }
        }

        foreach (var root in roots)
        {
            Walk(root, 0);
        }

        return result;
    }

    /// <summary>True when putting <paramref name="unitId"/> under <paramref name="candidateParentId"/> would make it its own ancestor.</summary>
    public static bool WouldCreateCycle(Guid unitId, Guid candidateParentId, IReadOnlyDictionary<Guid, Guid?> parentOf)
    {
        var seen = new HashSet<Guid>();
        Guid? current = candidateParentId;
        while (current is { } c)
        {
            if (c == unitId)
            {
                return true;
            }

            // Data that already holds a cycle must not hang the request.
            if (!seen.Add(c))
            {
                return true;
            }

            current = parentOf.TryGetValue(c, out var next) ? next : null;
        }

        return false;
    }
}
