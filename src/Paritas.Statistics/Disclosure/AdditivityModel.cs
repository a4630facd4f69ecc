namespace Paritas.Statistics.Disclosure;

/// <summary>
/// A table as linear algebra. Every published cell and every implicit remainder is a
/// variable; every additivity relation is a row with coefficients ±1:
/// a parent's cell = its children's cells + its own-members remainder (per column), and,
/// with a dimension, a unit's total = its groups + its unknown-group remainder.
/// </summary>
/// <remarks>
/// Variable layout with U units and C = 1 + groups columns (column 0 is the total):
/// published cell (u, t) at u·C + t; own-members remainder (u, t) at U·C + u·C + t;
/// unknown-group remainder of u's subtree at 2·U·C + u; of u's own members at 2·U·C + U + u.
/// Indices follow unit-key order, so comparing indices breaks ties by key order.
/// </remarks>
internal sealed class AdditivityModel
{
    private AdditivityModel(
        TableLayout layout, long[] count, VariableRole[] roles, int[][] relations, sbyte[][] coefficients)
    {
        Layout = layout;
        Count = count;
        Roles = roles;
        Relations = relations;
        Coefficients = coefficients;
        var relationsOf = new List<int>[roles.Length];
        for (var r = 0; r < relations.Length; r++)
        {
            foreach (var v in relations[r])
            {
                (relationsOf[v] ??= []).Add(r);
            }
        }

        RelationsOf = [.. relationsOf.Select(l => l is null ? Array.Empty<int>() : l.ToArray())];
    }

    public TableLayout Layout { get; }

    /// <summary>People behind each variable; remainders are derived by subtraction.</summary>
    public long[] Count { get; }

    public VariableRole[] Roles { get; }

    /// <summary>Variables of each relation, known-zero and absent remainders left out.</summary>
    public int[][] Relations { get; }

    public sbyte[][] Coefficients { get; }

    public int[][] RelationsOf { get; }

    public int PublishedCount => Layout.UnitCount * Layout.Columns;

    public int VariableCount => Roles.Length;

    public int UnitOf(int variable)
    {
        var (units, columns) = (Layout.UnitCount, Layout.Columns);
        var published = units * columns;
        return variable switch
        {
            _ when variable < published => variable / columns,
            _ when variable < 2 * published => (variable - published) / columns,
            _ when variable < 2 * published + units => variable - 2 * published,
            _ => variable - 2 * published - units,
        };
    }

    public static AdditivityModel Build(TableLayout layout, int minimum)
    {
        var (units, columns) = (layout.UnitCount, layout.Columns);
        var published = units * columns;
        var variableCount = 2 * published + 2 * units;
        var count = new long[variableCount];
        var trait = layout.HasTrait ? new long[variableCount] : null;
        var present = new bool[variableCount];
        var remainder = new bool[variableCount];
        Array.Copy(layout.Count, count, published);
        if (trait is not null)
        {
            Array.Copy(layout.Trait!, trait, published);
        }

        Array.Fill(present, true, 0, published);

        int Cell(int u, int t) => u * columns + t;
        int Own(int u, int t) => published + u * columns + t;
        int Unknown(int u) => 2 * published + u;
        int OwnUnknown(int u) => 2 * published + units + u;

        var parts = new List<int>();
        void Derive(int target, int whole, string what)
        {
            present[target] = true;
            remainder[target] = true;
            count[target] = count[whole];
            foreach (var p in parts)
            {
                count[target] -= count[p];
            }

            if (count[target] < 0)
            {
                throw new ArgumentException($"Cells are not additive: {what} exceed the whole by {-count[target]}.");
            }

            if (trait is not null)
            {
                trait[target] = trait[whole];
                foreach (var p in parts)
                {
                    trait[target] -= trait[p];
                }

                if (trait[target] < 0 || trait[target] > count[target])
                {
                    throw new ArgumentException($"Trait counts are not additive for {what}.");
                }
            }
        }

        // Children before parents, so a unit's unknown-group remainder exists before its parent's needs it.
        foreach (var u in layout.BottomUp)
        {
            var children = layout.Children[u];
            if (layout.HasDimension)
            {
                parts.Clear();
                for (var g = 1; g < columns; g++)
                {
                    parts.Add(Cell(u, g));
                }

                Derive(Unknown(u), Cell(u, 0), $"the groups of unit '{layout.UnitKeys[u]}'");
            }

            if (children.Length == 0)
            {
                continue;
            }

            for (var t = 0; t < columns; t++)
            {
                parts.Clear();
                foreach (var c in children)
                {
                    parts.Add(Cell(c, t));
                }

                Derive(Own(u, t), Cell(u, t), $"the children of unit '{layout.UnitKeys[u]}'");
            }

            if (layout.HasDimension)
            {
                parts.Clear();
                foreach (var c in children)
                {
                    parts.Add(Unknown(c));
                }

                Derive(OwnUnknown(u), Unknown(u), $"the children's unknown groups of unit '{layout.UnitKeys[u]}'");
            }
        }

        var roles = new VariableRole[variableCount];
        for (var v = 0; v < variableCount; v++)
        {
            roles[v] = !present[v] ? VariableRole.Absent
                : !remainder[v] ? VariableRole.Published
                : count[v] == 0 ? VariableRole.KnownZero
                : Sensitivity.IsSensitive(count[v], trait?[v], minimum) ? VariableRole.SensitiveRemainder
                : VariableRole.FreeRemainder;
        }

        var relations = new List<int[]>();
        var coefficients = new List<sbyte[]>();
        void Relate(int whole, int rest)
        {
            // parts holds the summands; rest is the remainder that closes the relation.
            parts.Add(rest);
            var terms = new List<(int Variable, sbyte Coefficient)>(parts.Count + 1) { (whole, 1) };
            foreach (var p in parts)
            {
                terms.Add((p, -1));
            }

            terms.RemoveAll(term => roles[term.Variable] is VariableRole.Absent or VariableRole.KnownZero);
            terms.Sort((a, b) => a.Variable.CompareTo(b.Variable));
            if (terms.Count > 0)
            {
                relations.Add([.. terms.Select(x => x.Variable)]);
                coefficients.Add([.. terms.Select(x => x.Coefficient)]);
            }
        }

        for (var u = 0; u < units; u++)
        {
            var children = layout.Children[u];
            if (children.Length > 0)
            {
                for (var t = 0; t < columns; t++)
                {
                    parts.Clear();
                    foreach (var c in children)
                    {
                        parts.Add(Cell(c, t));
                    }

                    Relate(Cell(u, t), Own(u, t));
                }
            }

            if (!layout.HasDimension)
            {
                continue;
            }

            parts.Clear();
            for (var g = 1; g < columns; g++)
            {
                parts.Add(Cell(u, g));
            }

            Relate(Cell(u, 0), Unknown(u));
            if (children.Length > 0)
            {
                parts.Clear();
                foreach (var c in children)
                {
                    parts.Add(Unknown(c));
                }

                Relate(Unknown(u), OwnUnknown(u));

                // Implied by the others, but it lets the quick structural rule see the own members' row.
                parts.Clear();
                for (var g = 1; g < columns; g++)
                {
                    parts.Add(Own(u, g));
                }

                Relate(Own(u, 0), OwnUnknown(u));
            }
        }

        return new AdditivityModel(layout, count, roles, [.. relations], [.. coefficients]);
    }
}
