using Paritas.Statistics.Disclosure;

namespace Paritas.Web.Features.Surveys;

/// <summary>
/// The arithmetic of closing a wave: sums per unit subtree × group × measure, and the disclosure
/// guard run over the whole release — the breakdown by unit and by every dimension together — so
/// no view can be set against another to recover a hidden cell (P4). Every measure family (a scale
/// and its items) is then protected on top of that by its own answer counts, and a prevalence by
/// its trait counts (hide where fewer than K lack the trait); that hides the family only.
/// </summary>
public static class WaveAggregation
{
    public sealed record Cell(string UnitCode, string Dimension, string GroupCode, int Respondents, SuppressionReason Reason);

    public sealed record Aggregate(string UnitCode, string Dimension, string GroupCode, string Measure, MeasureAccumulator Sums, bool Suppressed);

    public sealed record Outcome(IReadOnlyList<Cell> Cells, IReadOnlyList<Aggregate> Aggregates);

    public static Outcome Run(Instrument instrument, WavePopulation population, IEnumerable<(Guid UnitId, string Dimension, string GroupCode, AnswerSheet Sheet)> responses, MinimumGroupSize k)
    {
        var units = population.Units.OrderBy(u => u.Code, StringComparer.Ordinal).ToList();
        var unitIndex = units.Select((u, i) => (u.Id, i)).ToDictionary(x => x.Id, x => x.i);
        var codeIndex = units.Select((u, i) => (u.Code, i)).ToDictionary(x => x.Code, x => x.i, StringComparer.Ordinal);
        var parent = units.Select(u => u.ParentCode is { } p && codeIndex.TryGetValue(p, out var pi) ? pi : -1).ToArray();
        var columns = new List<(string Dimension, string Group)> { ("", "") };
        columns.AddRange(population.Dimensions.SelectMany(d => d.Groups.Select(g => (d.Name, g.Code))));
        var columnIndex = columns.Select((c, i) => (c, i)).ToDictionary(x => x.c, x => x.i);
        var measures = WaveMeasure.Of(instrument);

        var respondents = new int[units.Count, columns.Count];
        var sums = new MeasureAccumulator[units.Count, columns.Count, measures.Count];
        for (var u = 0; u < units.Count; u++)
        {
            for (var c = 0; c < columns.Count; c++)
            {
                for (var m = 0; m < measures.Count; m++)
                {
                    sums[u, c, m] = new MeasureAccumulator();
                }
            }
        }

        foreach (var (unitId, dimension, group, sheet) in responses)
        {
            if (!unitIndex.TryGetValue(unitId, out var u))
            {
                continue;
            }

            var cols = columnIndex.TryGetValue((dimension, group), out var gc) && gc > 0 ? new[] { 0, gc } : [0];
            var scores = measures.Select(m => m.Of(instrument, sheet)).ToArray();
            foreach (var c in cols)
            {
                respondents[u, c]++;
                for (var m = 0; m < measures.Count; m++)
                {
                    sums[u, c, m].Add(scores[m].Score, scores[m].Option);
                }
            }
        }

        // Deepest first: each parent then holds its whole subtree.
        foreach (var u in Enumerable.Range(0, units.Count).OrderByDescending(u => Depth(parent, u)))
        {
            if (parent[u] < 0)
            {
                continue;
            }

            for (var c = 0; c < columns.Count; c++)
            {
                respondents[parent[u], c] += respondents[u, c];
                for (var m = 0; m < measures.Count; m++)
                {
                    sums[parent[u], c, m].Add(sums[u, c, m]);
                }
            }
        }

        var tree = units.Select((u, i) => new UnitNode(u.Code, parent[i] < 0 ? null : units[parent[i]].Code)).ToList();
        var breakdowns = new List<(string Dimension, List<int> Columns)> { ("", []) };
        breakdowns.AddRange(population.Dimensions.Select(d => (d.Name, d.Groups.Select(g => columnIndex[(d.Name, g.Code)]).ToList())));

        string? GroupKey(int c) => c == 0 ? null : $"{columns[c].Dimension}:{columns[c].Group}";
        DisclosureTable Table(List<int> groupColumns, Func<int, int, int> count, Func<int, int, int?>? trait)
        {
            var cells = new List<CellCount>();
            for (var u = 0; u < units.Count; u++)
            {
                foreach (var c in groupColumns.Prepend(0))
                {
                    cells.Add(new CellCount(units[u].Code, GroupKey(c), count(u, c), trait?.Invoke(u, c)));
                }
            }

            return new DisclosureTable(tree, [.. groupColumns.Select(c => GroupKey(c)!)], cells);
        }

        // The base release: respondents over every breakdown, one pattern for unit totals and groups alike.
        var baseTables = breakdowns.Select(b => Table(b.Columns, (u, c) => respondents[u, c], null)).ToList();
        var baseResults = DisclosureGuard.ProtectTogether(baseTables, k);
        var reasons = new Dictionary<(string, string?), SuppressionReason>();
        foreach (var decision in baseResults.SelectMany(r => r.Cells).Where(d => !d.IsReleased))
        {
            reasons.TryAdd((decision.UnitKey, decision.GroupKey), decision.Reason);
        }

        // Each scale with its items (or an item on its own) is then protected on top of the base
        // release, by the numbers that answered it and, for a prevalence, by those with the trait:
        // a scale and its items share a pattern, as one could otherwise be worked out from the other.
        var hiddenFor = new Dictionary<int, HashSet<(string, string?)>>();
        foreach (var family in Families(instrument, measures))
        {
            var tables = new List<DisclosureTable>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var m in family)
            {
                var mm = m;
                foreach (var (_, groupColumns) in breakdowns)
                {
                    AddDistinct(tables, seen, Table(groupColumns, (u, c) => sums[u, c, mm].N,
                        measures[mm].IsPrevalence ? (u, c) => (int)Math.Round(sums[u, c, mm].Sum / 100) : null));
                }
            }

            var results = DisclosureGuard.ProtectTogether([.. baseTables, .. tables], k);
            HashSet<(string, string?)> hidden = [.. results.Skip(baseTables.Count).SelectMany(r => r.Cells).Where(d => !d.IsReleased).Select(d => (d.UnitKey, d.GroupKey))];
            foreach (var m in family)
            {
                hiddenFor[m] = hidden;
            }
        }

        var cellsOut = new List<Cell>();
        var aggregates = new List<Aggregate>();
        for (var u = 0; u < units.Count; u++)
        {
            for (var c = 0; c < columns.Count; c++)
            {
                var key = (units[u].Code, GroupKey(c));
                var reason = reasons.GetValueOrDefault(key, SuppressionReason.None);
                cellsOut.Add(new Cell(units[u].Code, columns[c].Dimension, columns[c].Group, respondents[u, c], reason));
                for (var m = 0; m < measures.Count; m++)
                {
                    if (sums[u, c, m].N > 0)
                    {
                        var suppressed = hiddenFor.TryGetValue(m, out var hidden) && hidden.Contains(key);
                        aggregates.Add(new Aggregate(units[u].Code, columns[c].Dimension, columns[c].Group, measures[m].Key, sums[u, c, m], suppressed));
                    }
                }
            }
        }

        return new Outcome(cellsOut, aggregates);
    }

    private static List<List<int>> Families(Instrument instrument, IReadOnlyList<WaveMeasure> measures)
    {
        var index = measures.Select((m, i) => (m.Key, i)).ToDictionary(x => x.Key, x => x.i, StringComparer.Ordinal);
        var families = instrument.Scales.Select(s => instrument.ItemsOf(s).Where(i => i.Type == ItemType.Choice).Select(i => index["item:" + i.Id]).Prepend(index["scale:" + s.Id]).ToList()).ToList();
        families.AddRange(instrument.Items.Where(i => i.Type == ItemType.Choice && i.Scale is null).Select(i => new List<int> { index["item:" + i.Id] }));
        return families;
    }

    private static void AddDistinct(List<DisclosureTable> tables, HashSet<string> seen, DisclosureTable table)
    {
        var signature = string.Join('|', table.Groups) + "#" + string.Join(',', table.Cells.Select(c => c.Count));
        if (seen.Add(signature))
        {
            tables.Add(table);
        }
    }

    private static int Depth(int[] parent, int unit)
    {
        var depth = 0;
        for (var p = parent[unit]; p >= 0 && depth <= parent.Length; p = parent[p])
        {
            depth++;
        }

        return depth;
    }
}
