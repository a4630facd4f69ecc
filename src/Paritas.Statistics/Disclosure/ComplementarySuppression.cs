namespace Paritas.Statistics.Disclosure;

/// <summary>
/// Primary suppression, then complements until no hidden cell and no sensitive remainder
/// can be computed from the released cells. Two rules alternate until neither finds anything:
/// a quick structural one (a relation with exactly one unknown gives it away) and the exact
/// test of <see cref="KernelProbe"/>, which also catches what only several relations together
/// reveal — in a two-dimensional table, hidden cells whose rows and columns each hold two
/// unknowns can still be pinned down when they do not lie on a cycle.
/// Complements are the smallest cells nearest to what they protect, ties broken by key order.
/// </summary>
internal static class ComplementarySuppression
{
    private const ulong Seed = 0x5041524954415321UL;

    public static SuppressionReason[] Run(AdditivityModel model, int minimum, IReadOnlySet<int> hiddenElsewhere)
    {
        var layout = model.Layout;
        var reasons = new SuppressionReason[model.PublishedCount];
        var unknown = new bool[model.VariableCount];
        for (var v = 0; v < model.PublishedCount; v++)
        {
            reasons[v] = Sensitivity.Primary(layout.Count[v], layout.Trait?[v], minimum);
            if (reasons[v] == SuppressionReason.None && hiddenElsewhere.Contains(v))
            {
                reasons[v] = SuppressionReason.HiddenInAnotherRelease;
            }

            unknown[v] = reasons[v] != SuppressionReason.None;
        }

        for (var v = model.PublishedCount; v < model.VariableCount; v++)
        {
            unknown[v] = model.Roles[v] is VariableRole.FreeRemainder or VariableRole.SensitiveRemainder;
        }

        var unknownInRelation = model.Relations.Select(r => r.Count(v => unknown[v])).ToArray();
        void Hide(int cell)
        {
            reasons[cell] = SuppressionReason.Complementary;
            unknown[cell] = true;
            foreach (var r in model.RelationsOf[cell])
            {
                unknownInRelation[r]++;
            }
        }

        var eliminationOrder = EliminationOrder(model);

        while (true)
        {
            ApplyStructuralRule(model, unknown, unknownInRelation, Hide);

            var solution = KernelProbe.RandomSolution(model, unknown, eliminationOrder, Seed);
            var determined = Enumerable.Range(0, model.VariableCount)
                .Where(v => unknown[v] && solution[v] == 0
                    && model.Roles[v] is VariableRole.Published or VariableRole.SensitiveRemainder)
                .ToArray();
            if (determined.Length == 0)
            {
                return reasons;
            }

            // One complement per determined target, except where this round already touched its relations:
            // one complement often protects several targets, and the next round will see.
            var touched = new HashSet<int>();
            foreach (var target in determined)
            {
                if (model.RelationsOf[target].Any(touched.Contains))
                {
                    continue;
                }

                var complement = NearestComplement(model, unknown, target);
                Hide(complement);
                touched.UnionWith(model.RelationsOf[complement]);
            }
        }
    }

    /// <summary>Deepest units first, so eliminating a variable only fills in rows of its own subtree.</summary>
    private static int[] EliminationOrder(AdditivityModel model)
    {
        var order = new List<int>(model.VariableCount);
        var keys = new List<long>(model.VariableCount);
        for (var v = 0; v < model.VariableCount; v++)
        {
            if (model.Roles[v] is VariableRole.Published or VariableRole.FreeRemainder or VariableRole.SensitiveRemainder)
            {
                order.Add(v);
                keys.Add(((long)-model.Layout.Depth[model.UnitOf(v)] << 32) | (uint)v);
            }
        }

        var result = order.ToArray();
        Array.Sort(keys.ToArray(), result);
        return result;
    }

    private static void ApplyStructuralRule(
        AdditivityModel model, bool[] unknown, int[] unknownInRelation, Action<int> hide)
    {
        var queue = new Queue<int>(Enumerable.Range(0, model.Relations.Length));
        while (queue.Count > 0)
        {
            var r = queue.Dequeue();
            if (unknownInRelation[r] != 1)
            {
                continue;
            }

            var complement = Cheapest(model, unknown, model.Relations[r]);
            if (complement < 0)
            {
                continue;
            }

            hide(complement);
            foreach (var other in model.RelationsOf[complement])
            {
                queue.Enqueue(other);
            }
        }
    }

    /// <summary>The smallest released cell in the relations around the target, widening ring by ring.</summary>
    private static int NearestComplement(AdditivityModel model, bool[] unknown, int target)
    {
        var seenVariables = new HashSet<int> { target };
        var seenRelations = new HashSet<int>();
        var frontier = new List<int> { target };
        while (frontier.Count > 0)
        {
            var ring = new List<int>();
            var next = new List<int>();
            foreach (var v in frontier)
            {
                foreach (var r in model.RelationsOf[v])
                {
                    if (!seenRelations.Add(r))
                    {
                        continue;
                    }

                    ring.AddRange(model.Relations[r]);
                    next.AddRange(model.Relations[r].Where(w => unknown[w] && seenVariables.Add(w)));
                }
            }

            var best = Cheapest(model, unknown, ring);
            if (best >= 0)
            {
                return best;
            }

            frontier = next;
        }

        throw new InvalidOperationException("A hidden value is determined, yet no released cell is related to it; the table is inconsistent.");
    }

    private static int Cheapest(AdditivityModel model, bool[] unknown, IEnumerable<int> variables)
    {
        var best = -1;
        foreach (var v in variables)
        {
            if (v < model.PublishedCount && !unknown[v]
                && (best < 0 || model.Count[v] < model.Count[best] || (model.Count[v] == model.Count[best] && v < best)))
            {
                best = v;
            }
        }

        return best;
    }
}
