using Microsoft.EntityFrameworkCore;
using Paritas.Statistics.Disclosure;
using Paritas.Web.Data;
using Paritas.Web.Features.Audit;

namespace Paritas.Web.Features.Absence.Indicators;

/// <summary>
/// Reads the stored cells, rolls them up the unit tree (a parent is its whole subtree),
/// optionally by one workforce dimension, and lets through only what the disclosure guard
/// releases (K employees, complementary suppression over the tree and the groups). Every read
/// is written to the audit trail with counts of shown and hidden cells, never the values (P8).
/// </summary>
public sealed class AbsenceIndicators(AppDbContext db, AuditTrail audit)
{
    public const string Dataset = "absence";

    /// <summary>The dimensions the organisation has defined, by kind name, for choosing a breakdown.</summary>
    public async Task<IReadOnlyList<string>> DimensionsAsync(Guid organisationId, CancellationToken ct) =>
        [.. (await db.WorkforceDimensions.Where(d => d.OrganisationId == organisationId).Select(d => d.Kind).ToListAsync(ct)).Select(k => k.ToString()).Order(StringComparer.Ordinal)];

    /// <summary>Null when the organisation has no such dimension.</summary>
    public async Task<IndicatorTable?> ReadAsync(Guid organisationId, Guid? userId, string? role, string? dimension, CancellationToken ct)
    {
        dimension = string.IsNullOrWhiteSpace(dimension) ? null : dimension.Trim();
        var minimum = await db.Organisations.Where(o => o.Id == organisationId).Select(o => o.MinimumHealthGroup).FirstAsync(ct);
        var k = MinimumGroupSize.For(DisclosureDomain.Absence, minimum);
        IReadOnlyList<string> groups = [];
        if (dimension is not null)
        {
            var dimensions = await db.WorkforceDimensions.Where(d => d.OrganisationId == organisationId)
                .Select(d => new { d.Kind, Groups = d.Groups.Select(g => g.Code).ToList() }).ToListAsync(ct);
            var chosen = dimensions.FirstOrDefault(d => string.Equals(d.Kind.ToString(), dimension, StringComparison.OrdinalIgnoreCase));
            if (chosen is null)
            {
                return null;
            }

            dimension = chosen.Kind.ToString();
            groups = [.. chosen.Groups.Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal)];
        }

        var units = await db.Units.Where(u => u.OrganisationId == organisationId).OrderBy(u => u.Code)
            .Select(u => new { u.Id, u.Code, u.Name, u.ParentId }).ToListAsync(ct);
        var dimensionKey = dimension ?? "";
        var cells = await db.Set<AbsenceCell>()
            .Where(c => c.OrganisationId == organisationId && (c.Dimension == "" || c.Dimension == dimensionKey))
            .Select(c => new { c.UnitId, c.Month, c.Dimension, c.GroupCode, c.Headcount, c.AvailableDays, c.DaysLost, c.SpellsStarted, c.MsdSpellsStarted, c.PsychosocialSpellsStarted })
            .ToListAsync(ct);

        var unitIndex = units.Select((u, i) => (u.Id, i)).ToDictionary(x => x.Id, x => x.i);
        var parent = units.Select(u => u.ParentId is { } p && unitIndex.TryGetValue(p, out var pi) ? pi : -1).ToArray();
        var depth = units.Select((_, i) => Depth(parent, i)).ToArray();
        var bottomUp = Enumerable.Range(0, units.Count).OrderByDescending(i => depth[i]).ToArray();
        var columns = 1 + groups.Count;
        var groupIndex = groups.Select((g, i) => (g, i)).ToDictionary(x => x.g, x => x.i + 1, StringComparer.OrdinalIgnoreCase);
        var months = cells.Select(c => c.Month).Distinct().Order().ToList();
        var monthIndex = months.Select((m, i) => (m, i)).ToDictionary(x => x.m, x => x.i);

        var sums = new Sums[months.Count, units.Count, columns];
        foreach (var c in cells)
        {
            var column = c.Dimension.Length == 0 ? 0 : groupIndex.GetValueOrDefault(c.GroupCode, -1);
            if (column < 0 || !unitIndex.TryGetValue(c.UnitId, out var u))
            {
                continue;
            }

            sums[monthIndex[c.Month], u, column].Add(c.Headcount, c.AvailableDays, c.DaysLost, c.SpellsStarted, c.MsdSpellsStarted, c.PsychosocialSpellsStarted);
        }

        var tree = units.Select((u, i) => new UnitNode(u.Code, parent[i] < 0 ? null : units[parent[i]].Code)).ToList();
        var rows = new List<IndicatorRow>();
        for (var m = 0; m < months.Count; m++)
        {
            // Children before parents: each parent then holds its whole subtree.
            foreach (var u in bottomUp)
            {
                if (parent[u] >= 0)
                {
                    for (var c = 0; c < columns; c++)
                    {
                        sums[m, parent[u], c].Add(sums[m, u, c]);
                    }
                }
            }

            var counts = new List<CellCount>(units.Count * columns);
            for (var u = 0; u < units.Count; u++)
            {
                counts.Add(new CellCount(units[u].Code, null, sums[m, u, 0].Headcount));
                for (var g = 0; g < groups.Count; g++)
                {
                    counts.Add(new CellCount(units[u].Code, groups[g], sums[m, u, g + 1].Headcount));
                }
            }

            var released = DisclosureGuard.Protect(new DisclosureTable(tree, groups, counts), k);
            for (var u = 0; u < units.Count; u++)
            {
                for (var c = 0; c < columns; c++)
                {
                    var group = c == 0 ? null : groups[c - 1];
                    var s = sums[m, u, c];
                    rows.Add(released.IsReleased(units[u].Code, group)
                        ? new IndicatorRow(units[u].Code, units[u].Name, depth[u], group, months[m], false, s.Headcount, s.AvailableDays, s.DaysLost, s.Spells, s.Msd, s.Psychosocial)
                        : new IndicatorRow(units[u].Code, units[u].Name, depth[u], group, months[m], true, null, null, null, null, null, null));
                }
            }
        }

        var table = new IndicatorTable(dimension, groups, months, rows, k.Value);
        await audit.AppendAsync(new AuditRecord(AuditActions.GuardedDataAccess, userId, role, organisationId, Dataset,
            dimension is null ? "unit × month" : $"unit × month × {dimension}", $"shown {table.Shown}, suppressed {table.Hidden}"), ct);
        return table;
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

    private struct Sums
    {
        public int Headcount;
        public double AvailableDays;
        public double DaysLost;
        public int Spells;
        public int Msd;
        public int Psychosocial;

        public void Add(int headcount, double available, double lost, int spells, int msd, int psychosocial)
        {
            Headcount += headcount;
            AvailableDays += available;
            DaysLost += lost;
            Spells += spells;
            Msd += msd;
            Psychosocial += psychosocial;
        }

        public void Add(Sums other) => Add(other.Headcount, other.AvailableDays, other.DaysLost, other.Spells, other.Msd, other.Psychosocial);
    }
}
