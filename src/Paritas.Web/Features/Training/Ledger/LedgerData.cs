namespace Paritas.Web.Features.Training.Ledger;

/// <summary>
/// What the ledger is computed from: the unit tree, the workforce and delivered-hours aggregates,
/// and when each unit's entitlement starts — the earliest start of any change that reaches it or
/// a unit above it (a change reaching a unit reaches the units below it).
/// </summary>
public sealed class LedgerData
{
    public LedgerData(IReadOnlyList<LedgerUnit> units, IReadOnlyList<WorkforceCell> workforce, IReadOnlyList<DeliveredCell> delivered, IReadOnlyList<(Guid UnitId, DateOnly? StartsOn)> starts)
    {
        Units = units;
        Workforce = workforce;
        Delivered = delivered;
        var index = units.Select((u, i) => (u.Id, i)).ToDictionary(x => x.Id, x => x.i);
        UnitIndex = index;
        Parent = [.. units.Select(u => u.ParentId is { } p && index.TryGetValue(p, out var pi) ? pi : -1)];
        Depth = [.. units.Select((_, i) => Ancestors(i).Count())];
        var own = new DateOnly?[units.Count];
        foreach (var (unitId, startsOn) in starts)
        {
            if (startsOn is { } s && index.TryGetValue(unitId, out var u) && (own[u] is null || s < own[u]))
            {
                own[u] = s;
            }
        }

        StartsOn = [.. Enumerable.Range(0, units.Count).Select(u => Ancestors(u).Prepend(u).Select(a => own[a]).Where(s => s is not null).Min())];
        Months = [.. workforce.Where(w => w.Dimension.Length == 0).Select(w => w.Month).Distinct().Order()];
        var months = Months.ToHashSet();
        MonthsWithoutWorkforce = [.. delivered.Select(d => d.Month).Distinct().Where(m => !months.Contains(m)).Order()];
    }

    public IReadOnlyList<LedgerUnit> Units { get; }

    public IReadOnlyDictionary<Guid, int> UnitIndex { get; }

    public int[] Parent { get; }

    public int[] Depth { get; }

    public DateOnly?[] StartsOn { get; }

    public IReadOnlyList<WorkforceCell> Workforce { get; }

    public IReadOnlyList<DeliveredCell> Delivered { get; }

    /// <summary>The months with workforce figures: only they can be guarded and owed.</summary>
    public IReadOnlyList<DateOnly> Months { get; }

    public IReadOnlyList<DateOnly> MonthsWithoutWorkforce { get; }

    public bool HasWorkforce => Months.Count > 0;

    public IEnumerable<int> Ancestors(int unit)
    {
        var steps = 0;
        for (var p = Parent[unit]; p >= 0 && steps <= Parent.Length; p = Parent[p], steps++)
        {
            yield return p;
        }
    }

    public sealed record WorkforceCell(Guid UnitId, DateOnly Month, string Dimension, string GroupCode, int Headcount, double AvailableDays);

    public sealed record DeliveredCell(Guid UnitId, DateOnly Month, string Dimension, string GroupCode, double Hours, int PeopleTrained);
}
