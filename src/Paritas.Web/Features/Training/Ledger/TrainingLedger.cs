using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Paritas.Statistics.Disclosure;
using Paritas.Web.Data;
using Paritas.Web.Features.Absence;
using Paritas.Web.Features.Audit;
using Paritas.Web.Features.Changes;

namespace Paritas.Web.Features.Training.Ledger;

/// <summary>
/// Hours owed against hours delivered, per unit (with its subtree) and workforce group, per
/// month. The people behind a cell are the workforce of the absence import (its unit × month ×
/// group headcount and FTE); the guard sees exactly the table the absence indicators give it,
/// so the two pages hide the same cells and neither lets the other be subtracted. Every read is
/// audited with counts of shown and hidden cells, never values (P8).
/// </summary>
public sealed class TrainingLedger(AppDbContext db, AuditTrail audit, IOptions<TrainingOptions> options)
{
    public async Task<IReadOnlyList<string>> DimensionsAsync(Guid organisationId, CancellationToken ct) =>
        [.. (await db.WorkforceDimensions.Where(d => d.OrganisationId == organisationId).Select(d => d.Kind).ToListAsync(ct)).Select(k => k.ToString()).Order(StringComparer.Ordinal)];

    /// <summary>
    /// The ledger of the organisation, or — with <paramref name="changeId"/> — of one change's
    /// affected units (no equality view then). Null when the dimension or the change does not exist.
    /// </summary>
    public async Task<LedgerTable?> ReadAsync(Guid organisationId, Guid? userId, string? role, string? dimension, Guid? changeId, CancellationToken ct)
    {
        dimension = string.IsNullOrWhiteSpace(dimension) ? null : dimension.Trim();
        var minimum = await db.Organisations.Where(o => o.Id == organisationId).Select(o => o.MinimumHealthGroup).FirstAsync(ct);
        var k = MinimumGroupSize.For(DisclosureDomain.Training, minimum);
        var dimensions = (await db.WorkforceDimensions.Where(d => d.OrganisationId == organisationId)
            .Select(d => new { d.Kind, Groups = d.Groups.Select(g => g.Code).ToList() }).ToListAsync(ct))
            .ToDictionary(d => d.Kind.ToString(), d => (IReadOnlyList<string>)[.. d.Groups.Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal)], StringComparer.OrdinalIgnoreCase);
        IReadOnlyList<string> groups = [];
        if (dimension is not null)
        {
            var chosen = dimensions.Keys.FirstOrDefault(d => string.Equals(d, dimension, StringComparison.OrdinalIgnoreCase));
            if (chosen is null)
            {
                return null;
            }

            dimension = chosen;
            groups = dimensions[chosen];
        }

        HashSet<Guid>? affected = null;
        if (changeId is { } id)
        {
            if (!await db.DigitalChanges.AnyAsync(c => c.Id == id, ct))
            {
                return null;
            }

            affected = [.. await db.AffectedUnits.Where(a => a.ChangeId == id).Select(a => a.UnitId).ToListAsync(ct)];
        }

        var data = await LoadAsync(organisationId, changeId is null ? null : dimension ?? "", ct);
        var agreements = await db.Agreements.Where(a => a.InForce).Select(a => new { a.TrainingHoursPerMonth, a.TrainingHoursPerYear }).ToListAsync(ct);
        var rule = EntitlementRule.From(agreements.Select(a => (a.TrainingHoursPerMonth, a.TrainingHoursPerYear)));
        var threshold = options.Value.ShortfallThreshold;

        var grid = LedgerGrid.Build(data, dimension ?? "", groups, rule, k);
        var shown = affected is null
            ? [.. Enumerable.Range(0, data.Units.Count).Where(u => grid.HasTraining(u))]
            : Enumerable.Range(0, data.Units.Count).Where(u => affected.Contains(data.Units[u].Id)).ToList();
        var rows = new List<LedgerRow>();
        for (var m = 0; m < grid.Months.Count; m++)
        {
            foreach (var u in shown)
            {
                for (var c = 0; c < grid.Columns; c++)
                {
                    var group = c == 0 ? null : groups[c - 1];
                    var unit = data.Units[u];
                    rows.Add(grid.Released(m, u, c)
                        ? new LedgerRow(unit.Code, unit.Name, data.Depth[u], group, grid.Months[m], false, grid.Owed(m, u, c), grid.Delivered(m, u, c), grid.TrainedReleased(m, u, c) ? grid.Trained(m, u, c) : null)
                        : new LedgerRow(unit.Code, unit.Name, data.Depth[u], group, grid.Months[m], true, null, null, null));
                }
            }
        }

        var summary = new List<LedgerSummaryRow>();
        foreach (var u in shown)
        {
            for (var c = 0; c < grid.Columns; c++)
            {
                summary.Add(Summarise(grid, [u], c, data.Units[u].Code, data.Units[u].Name, data.Depth[u], c == 0 ? null : groups[c - 1], threshold));
            }
        }

        LedgerSummaryRow? changeTotal = null;
        if (affected is not null)
        {
            // Count a unit once even when the change lists both it and a unit above it.
            var top = shown.Where(u => !data.Ancestors(u).Any(a => affected.Contains(data.Units[a].Id))).ToList();
            changeTotal = top.Count == 0 ? null : Summarise(grid, top, 0, "", "", 0, null, threshold);
        }

        var equality = new List<EqualityRow>();
        if (affected is null && grid.Months.Count > 0)
        {
            foreach (var (name, dimensionGroups) in dimensions.OrderBy(d => d.Key, StringComparer.Ordinal))
            {
                var dimensionGrid = name == dimension ? grid : LedgerGrid.Build(data, name, dimensionGroups, rule, k);
                equality.AddRange(Equality(dimensionGrid, data, name, dimensionGroups, threshold));
            }
        }

        var table = new LedgerTable(dimension, groups, grid.Months, rows, summary, equality, k.Value, rule, data.HasWorkforce, data.MonthsWithoutWorkforce, threshold, changeTotal);
        await audit.AppendAsync(new AuditRecord(AuditActions.GuardedDataAccess, userId, role, organisationId, TrainingLedgerDataset.Name,
            (changeId is null ? "unit × month" : "change units × month") + (dimension is null ? "" : $" × {dimension}") + (equality.Count > 0 ? " + equality" : ""),
            $"shown {table.Shown}, suppressed {table.Hidden}"), ct);
        return table;
    }

    /// <summary>The sum over all months of released cells; hidden when any month of any of the units is hidden.</summary>
    private static LedgerSummaryRow Summarise(LedgerGrid grid, IReadOnlyList<int> units, int column, string code, string name, int depth, string? group, double threshold)
    {
        double owed = 0, delivered = 0;
        for (var m = 0; m < grid.Months.Count; m++)
        {
            foreach (var u in units)
            {
                if (!grid.Released(m, u, column))
                {
                    return new LedgerSummaryRow(code, name, depth, group, true, null, null, false);
                }

                owed += grid.Owed(m, u, column);
                delivered += grid.Delivered(m, u, column);
            }
        }

        return new LedgerSummaryRow(code, name, depth, group, false, owed, delivered, owed > 0 && delivered < (1 - threshold) * owed);
    }

    /// <summary>
    /// Per group of one dimension, over the top of the tree and all months: a group is shown only if
    /// every month's cell is, and the "all" row only if every group is — so nothing hidden in a month
    /// can be recovered from the totals.
    /// </summary>
    private static List<EqualityRow> Equality(LedgerGrid grid, LedgerData data, string dimension, IReadOnlyList<string> groups, double threshold)
    {
        var roots = Enumerable.Range(0, data.Units.Count).Where(u => data.Parent[u] < 0).ToList();
        var rows = new List<EqualityRow>();
        (bool Shown, double Delivered, double Owed) Column(int c)
        {
            double delivered = 0, owed = 0, personMonths = 0;
            for (var m = 0; m < grid.Months.Count; m++)
            {
                foreach (var u in roots)
                {
                    if (!grid.Released(m, u, c))
                    {
                        return (false, 0, 0);
                    }

                    delivered += grid.Delivered(m, u, c);
                    owed += grid.Owed(m, u, c);
                    personMonths += grid.Headcount(m, u, c);
                }
            }

            return personMonths > 0 ? (true, 12 * delivered / personMonths, 12 * owed / personMonths) : (false, 0, 0);
        }

        var perGroup = groups.Select((_, g) => Column(g + 1)).ToList();
        var all = Column(0);
        var allShown = all.Shown && perGroup.All(g => g.Shown);
        for (var g = 0; g < groups.Count; g++)
        {
            var (shown, delivered, owed) = perGroup[g];
            rows.Add(shown
                ? new EqualityRow(dimension, groups[g], false, delivered, owed, allShown && all.Delivered > 0 && delivered < (1 - threshold) * all.Delivered)
                : new EqualityRow(dimension, groups[g], true, null, null, false));
        }

        rows.Add(allShown ? new EqualityRow(dimension, null, false, all.Delivered, all.Owed, false) : new EqualityRow(dimension, null, true, null, null, false));
        return rows;
    }

    private async Task<LedgerData> LoadAsync(Guid organisationId, string? onlyDimension, CancellationToken ct)
    {
        var units = await db.Units.Where(u => u.OrganisationId == organisationId).OrderBy(u => u.Code)
            .Select(u => new LedgerUnit(u.Id, u.Code, u.Name, u.ParentId)).ToListAsync(ct);
        var workforce = await db.Set<AbsenceCell>()
            .Where(c => c.OrganisationId == organisationId && (onlyDimension == null || c.Dimension == "" || c.Dimension == onlyDimension))
            .Select(c => new LedgerData.WorkforceCell(c.UnitId, c.Month, c.Dimension, c.GroupCode, c.Headcount, c.AvailableDays))
            .ToListAsync(ct);
        var delivered = await db.Set<DeliveredHoursCell>()
            .Where(c => c.OrganisationId == organisationId && c.Activity == "" && (onlyDimension == null || c.Dimension == "" || c.Dimension == onlyDimension))
            .Select(c => new LedgerData.DeliveredCell(c.UnitId, c.Month, c.Dimension, c.GroupCode, c.Hours, c.PeopleTrained))
            .ToListAsync(ct);
        var goLives = await db.AffectedUnits
            .Join(db.DigitalChanges.Where(c => c.Stage != ChangeStage.Withdrawn), a => a.ChangeId, c => c.Id, (a, c) => new { a.ChangeId, a.UnitId, a.GoLive })
            .ToListAsync(ct);
        var planStarts = await db.Set<TrainingPlan>().Where(p => p.EntitlementStartsOn != null)
            .ToDictionaryAsync(p => p.ChangeId, p => p.EntitlementStartsOn!.Value, ct);
        return new LedgerData(units, workforce, delivered, [.. goLives.Select(g => (g.UnitId, planStarts.TryGetValue(g.ChangeId, out var s) ? s : g.GoLive))]);
    }
}
