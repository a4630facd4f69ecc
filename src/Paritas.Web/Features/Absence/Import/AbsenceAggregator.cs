using Sylvan.Data.Csv;

namespace Paritas.Web.Features.Absence.Import;

/// <summary>
/// Streams the workforce file, then the spells file, and aggregates them on arrival into
/// <see cref="AbsenceAggregate"/> cells (P1). The spells file is parsed on a second thread
/// (<see cref="SpellFeed"/>) while this one reads the workforce and aggregates. Employee
/// identifiers exist only in the in-memory <see cref="EmployeeIndex"/> while this object lives;
/// they never reach a problem, an exception or a log. Memory grows with employees, employments and cells —
/// never with spell rows.
/// </summary>
public sealed class AbsenceAggregator
{
    private readonly AbsenceImportSetup setup;
    private readonly AbsencePeriod period;
    private readonly ProblemLog problems = new();
    private readonly EmployeeIndex employees = new();
    private readonly Dictionary<string, int> units;
    private readonly Dictionary<string, int>[] groups;
    private readonly int stride;
    private readonly AbsenceAggregate aggregate;

    // Employments, one entry per valid workforce row that touches the period, clipped to it;
    // after indexing, sorted by employee and start, with each employee's first entry in employeeStart.
    private readonly List<Employment> read = [];
    private readonly List<short> readColumns = [];
    private Employment[] employments = [];
    private short[] employmentColumns = [];
    private int[] employeeStart = [];

    // One bit per employee and day of the period: which days are already on sick leave.
    private ulong[] sickDays = [];
    private int words;

    private AbsenceAggregator(AbsenceImportSetup setup)
    {
        this.setup = setup;
        period = new AbsencePeriod(setup.FirstMonth, setup.LastMonth);
        units = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var u = 0; u < setup.UnitCodes.Count; u++)
        {
            units.TryAdd(setup.UnitCodes[u].Trim(), u);
        }

        var columns = new List<(string, string)> { (string.Empty, string.Empty) };
        groups = new Dictionary<string, int>[setup.Dimensions.Count];
        for (var d = 0; d < setup.Dimensions.Count; d++)
        {
            groups[d] = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
            foreach (var code in setup.Dimensions[d].GroupCodes.Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal))
            {
                groups[d][code.Trim()] = columns.Count;
                columns.Add((setup.Dimensions[d].Dimension, code));
            }
        }

        stride = 1 + setup.Dimensions.Count;
        aggregate = new AbsenceAggregate(period, setup.UnitCodes.Count, columns);
    }

    public int SpellRows { get; private set; }

    public int WorkforceRows { get; private set; }

    public int DroppedRows { get; private set; }

    internal ProblemLog Problems => problems;

    /// <summary>Aggregates the two files. Never throws for anything in the files: every fault is a problem in the report.</summary>
    public static (AbsenceAggregate Aggregate, AbsenceAggregator Run) Aggregate(AbsenceImportSetup setup, Stream workforce, Stream spells, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(setup);
        var run = new AbsenceAggregator(setup);
        using (var feed = SpellFeed.Start(setup, run.units, run.period.LastDay, spells, ct))
        {
            run.ReadWorkforce(workforce, ct);
            if (!run.problems.HasFileProblem)
            {
                run.IndexEmployments();
                feed.EmployeesKnown(run.employees);
                run.AggregateSpells(feed, ct);
            }
        }

        if (!run.problems.HasFileProblem)
        {
            run.CountEmployment();
        }

        return (run.aggregate, run);
    }

    public ImportReport Report(bool succeeded, int cellsWritten) =>
        new(succeeded, problems.Listed, problems.Counts, SpellRows, WorkforceRows, DroppedRows, cellsWritten);

    private void ReadWorkforce(Stream stream, CancellationToken ct)
    {
        long row = 1;
        try
        {
            var headerProblems = new List<ImportProblem>();
            using var reader = ImportCsv.Open(stream, ImportFile.Workforce, setup.WorkforceColumns, ImportColumns.WorkforceRequired, headerProblems, out var ordinals);
            foreach (var p in headerProblems)
            {
                problems.Add(p.File, p.Row, p.Column, p.Reason);
            }

            if (reader is not null)
            {
                ReadWorkforceRows(reader, ordinals, ref row, ct);
            }
        }
        catch (Exception e) when (ImportCsv.IsUnreadable(e))
        {
            problems.Add(ImportFile.Workforce, row + 1, "", ImportProblemReason.UnreadableFile);
        }
    }

    private void ReadWorkforceRows(CsvDataReader reader, Dictionary<string, int> ordinals, ref long row, CancellationToken ct)
    {
        var dimensionOrdinals = setup.Dimensions.Select(d => d.Column is { } c && ordinals.TryGetValue(c, out var o) ? o : -1).ToArray();
        var common = new CommonFields(units, setup.DateFormat, ordinals);
        var fte = ordinals[ImportColumns.Fte];
        while (reader.Read())
        {
            row++;
            if ((row & 0xFFFF) == 0)
            {
                ct.ThrowIfCancellationRequested();
            }

            if (ImportCsv.IsBlank(reader))
            {
                continue;
            }

            WorkforceRows++;
            var reason = common.Read(reader, int.MaxValue, out var employee, out var u, out var from, out var to, out var column);
            var f = 0.0;
            if (reason is null && (!FieldParser.TryNumber(CommonFields.Field(reader, fte), out f) || f is < 0 or > 1))
            {
                (reason, column) = (ImportProblemReason.BadFte, ImportColumns.Fte);
            }

            if (reason is { } r)
            {
                Drop(ImportFile.Workforce, row, column, r);
                continue;
            }

            if (to < period.FirstDay || from > period.LastDay)
            {
                continue;
            }

            var e = employees.GetOrAdd(employee);
            read.Add(new Employment(e, u, Math.Max(from, period.FirstDay), Math.Min(to, period.LastDay), f, row));
            readColumns.Add(0);
            for (var d = 0; d < dimensionOrdinals.Length; d++)
            {
                readColumns.Add((short)GroupColumn(reader, d, dimensionOrdinals[d], f));
            }
        }
    }

    private int GroupColumn(CsvDataReader reader, int dimension, int ordinal, double fte)
    {
        var lookup = groups[dimension].GetAlternateLookup<ReadOnlySpan<char>>();
        var value = setup.Dimensions[dimension].Column is null
            ? (fte >= 0.999 ? "full-time" : "part-time").AsSpan()
            : ordinal < 0 ? [] : CommonFields.Field(reader, ordinal).Trim();
        return !value.IsEmpty && lookup.TryGetValue(value, out var c) ? c : -1;
    }

    /// <summary>Sorts employments by employee and start, and drops a second employment in the same unit at the same time.</summary>
    private void IndexEmployments()
    {
        var count = read.Count;
        var order = new int[count];
        var keys = new long[count];
        for (var j = 0; j < count; j++)
        {
            order[j] = j;
            keys[j] = ((long)read[j].Employee << 32) | (uint)(read[j].Start - period.FirstDay);
        }

        Array.Sort(keys, order);
        employments = new Employment[count];
        employmentColumns = new short[count * stride];
        employeeStart = new int[employees.Count + 1];
        for (var k = 0; k < count; k++)
        {
            employments[k] = read[order[k]];
            employeeStart[employments[k].Employee + 1]++;
            for (var s = 0; s < stride; s++)
            {
                employmentColumns[(k * stride) + s] = readColumns[(order[k] * stride) + s];
            }
        }

        read.Clear();
        read.TrimExcess();
        readColumns.Clear();
        readColumns.TrimExcess();
        for (var e = 0; e < employees.Count; e++)
        {
            employeeStart[e + 1] += employeeStart[e];
        }

        for (var e = 0; e < employees.Count; e++)
        {
            for (var a = employeeStart[e]; a < employeeStart[e + 1]; a++)
            {
                for (var b = a + 1; b < employeeStart[e + 1]; b++)
                {
                    ref var x = ref employments[a];
                    ref var y = ref employments[b];
                    if (x.Valid && y.Valid && x.Unit == y.Unit && y.Start <= x.End && x.Start <= y.End)
                    {
                        ref var later = ref x.Row > y.Row ? ref x : ref y;
                        later = later with { Valid = false };
                        Drop(ImportFile.Workforce, later.Row, ImportColumns.StartDate, ImportProblemReason.OverlappingEmployments);
                    }
                }
            }
        }

        words = (period.Days + 63) / 64;
        sickDays = new ulong[(long)employees.Count * words];
    }

    private void AggregateSpells(SpellFeed feed, CancellationToken ct)
    {
        foreach (var batch in feed.Batches(ct))
        {
            ct.ThrowIfCancellationRequested();
            AggregateBatch(batch);
            feed.Return(batch);
        }
    }

    // A method per batch rather than one loop over the whole file: the runtime then compiles it
    // fully optimised after a few batches, instead of running the loop in on-stack-replacement code.
    private void AggregateBatch(SpellBatch batch)
    {
        if (!batch.Resolved)
        {
            employees.Resolve(batch);
        }

        for (var i = 0; i < batch.Count; i++)
        {
            ref readonly var s = ref batch.Rows[i];
            if (s.FileProblem)
            {
                problems.Add(ImportFile.Spells, s.Row, s.Column, s.Problem!.Value);
                continue;
            }

            SpellRows++;
            if (s.Problem is { } reason)
            {
                Drop(ImportFile.Spells, s.Row, s.Column, reason);
                continue;
            }

            // An ongoing spell counts to the end of the period; days outside the period are not ours to count.
            var (first, last) = (Math.Max(s.From, period.FirstDay), Math.Min(s.To, period.LastDay));
            if (last < first)
            {
                continue;
            }

            var e = s.Employee;
            if (e < 0 || Covered(e, s.Unit, first, last) != last - first + 1)
            {
                Drop(ImportFile.Spells, s.Row, ImportColumns.StartDate, ImportProblemReason.SpellOutsideEmployment);
                continue;
            }

            if (!MarkSick(e, first - period.FirstDay, last - period.FirstDay))
            {
                Drop(ImportFile.Spells, s.Row, ImportColumns.StartDate, ImportProblemReason.OverlappingSpells);
                continue;
            }

            AddSpell(e, s.Unit, first, last, s.Degree, s.From >= period.FirstDay, s.Cause);
        }
    }

    private int Covered(int employee, int unit, int first, int last)
    {
        var days = 0;
        for (var k = employeeStart[employee]; k < employeeStart[employee + 1]; k++)
        {
            ref readonly var j = ref employments[k];
            if (j.Valid && j.Unit == unit && j.Start <= last && first <= j.End)
            {
                days += Math.Min(j.End, last) - Math.Max(j.Start, first) + 1;
            }
        }

        return days;
    }

    /// <summary>Sets the employee's sick days from..to (period offsets); false, changing nothing, if any was already set.</summary>
    private bool MarkSick(int employee, int from, int to)
    {
        var bits = sickDays.AsSpan((int)((long)employee * words), words);
        for (var pass = 0; pass < 2; pass++)
        {
            for (var w = from >> 6; w <= to >> 6; w++)
            {
                var lo = w == from >> 6 ? from & 63 : 0;
                var hi = w == to >> 6 ? to & 63 : 63;
                var mask = (hi == 63 ? ulong.MaxValue : (1UL << (hi + 1)) - 1) & ~((1UL << lo) - 1);
                if (pass == 0 && (bits[w] & mask) != 0)
                {
                    return false;
                }

                if (pass == 1)
                {
                    bits[w] |= mask;
                }
            }
        }

        return true;
    }

    private void AddSpell(int employee, int unit, int first, int last, double degree, bool startsInPeriod, AbsenceCause cause)
    {
        for (var index = employeeStart[employee]; index < employeeStart[employee + 1]; index++)
        {
            ref readonly var j = ref employments[index];
            if (!j.Valid || j.Unit != unit || j.Start > last || first > j.End)
            {
                continue;
            }

            var (from, to) = (Math.Max(j.Start, first), Math.Min(j.End, last));
            var weight = degree * j.Fte;
            for (int m = period.MonthOf(from), end = period.MonthOf(to); m <= end; m++)
            {
                var days = Math.Min(to, period.MonthStart[m + 1] - 1) - Math.Max(from, period.MonthStart[m]) + 1;
                for (var s = 0; s < stride; s++)
                {
                    var column = employmentColumns[index * stride + s];
                    if (column >= 0)
                    {
                        aggregate.DaysLost[aggregate.Cell(unit, m, column)] += days * weight;
                    }
                }
            }

            if (startsInPeriod && j.Start <= first && first <= j.End)
            {
                var m = period.MonthOf(first);
                for (var s = 0; s < stride; s++)
                {
                    var column = employmentColumns[index * stride + s];
                    if (column < 0)
                    {
                        continue;
                    }

                    var cell = aggregate.Cell(unit, m, column);
                    aggregate.SpellsStarted[cell]++;
                    if (cause == AbsenceCause.Msd)
                    {
                        aggregate.MsdSpellsStarted[cell]++;
                    }
                    else if (cause == AbsenceCause.Psychosocial)
                    {
                        aggregate.PsychosocialSpellsStarted[cell]++;
                    }
                }
            }
        }
    }

    /// <summary>
    /// Available days for every employment; headcount and yearly employees for each person's main
    /// employment only (most days in the month or year, ties to the earlier start), so a person who
    /// moved counts once and cells add up as the disclosure guard needs.
    /// </summary>
    private void CountEmployment()
    {
        var bestDays = new int[period.Months];
        var best = new int[period.Months];
        var yearBestDays = new int[period.Years];
        var yearBest = new int[period.Years];
        for (var e = 0; e < employees.Count; e++)
        {
            Array.Fill(best, -1);
            Array.Clear(bestDays);
            Array.Fill(yearBest, -1);
            Array.Clear(yearBestDays);
            for (var index = employeeStart[e]; index < employeeStart[e + 1]; index++)
            {
                ref readonly var j = ref employments[index];
                if (!j.Valid)
                {
                    continue;
                }

                for (int m = period.MonthOf(j.Start), end = period.MonthOf(j.End); m <= end; m++)
                {
                    var days = Math.Min(j.End, period.MonthStart[m + 1] - 1) - Math.Max(j.Start, period.MonthStart[m]) + 1;
                    for (var s = 0; s < stride; s++)
                    {
                        var column = employmentColumns[index * stride + s];
                        if (column >= 0)
                        {
                            aggregate.AvailableDays[aggregate.Cell(j.Unit, m, column)] += days * j.Fte;
                        }
                    }

                    if (days > bestDays[m])
                    {
                        (bestDays[m], best[m]) = (days, index);
                    }
                }

                for (var y = 0; y < period.Years; y++)
                {
                    var (from, to) = period.YearSpan(y);
                    var days = Math.Min(to, j.End) - Math.Max(from, j.Start) + 1;
                    if (days > yearBestDays[y])
                    {
                        (yearBestDays[y], yearBest[y]) = (days, index);
                    }
                }
            }

            for (var m = 0; m < period.Months; m++)
            {
                if (best[m] >= 0)
                {
                    AddOnce(aggregate.Headcount, best[m], aggregate.Cell(employments[best[m]].Unit, m, 0));
                }
            }

            for (var y = 0; y < period.Years; y++)
            {
                if (yearBest[y] < 0)
                {
                    continue;
                }

                AddOnce(aggregate.YearEmployees, yearBest[y], aggregate.YearCell(employments[yearBest[y]].Unit, y, 0));
                var (from, to) = period.YearSpan(y);
                if (AnySick(e, from - period.FirstDay, to - period.FirstDay))
                {
                    AddOnce(aggregate.YearEmployeesWithSpell, yearBest[y], aggregate.YearCell(employments[yearBest[y]].Unit, y, 0));
                }
            }
        }
    }

    /// <summary>Counts one person in each column of an employment, from the cell of column 0 (columns are adjacent).</summary>
    private void AddOnce(int[] counts, int employment, int totalCell)
    {
        for (var s = 0; s < stride; s++)
        {
            var column = employmentColumns[(employment * stride) + s];
            if (column >= 0)
            {
                counts[totalCell + column]++;
            }
        }
    }

    private bool AnySick(int employee, int from, int to)
    {
        var bits = sickDays.AsSpan((int)((long)employee * words), words);
        for (var d = from; d <= to; d++)
        {
            if ((d & 63) == 0 && d + 63 <= to)
            {
                if (bits[d >> 6] != 0)
                {
                    return true;
                }

                d += 63;
                continue;
            }

            if ((bits[d >> 6] & (1UL << (d & 63))) != 0)
            {
                return true;
            }
        }

        return false;
    }

    private void Drop(ImportFile file, long row, string column, ImportProblemReason reason)
    {
        DroppedRows++;
        problems.Add(file, row, column, reason);
    }

    private readonly record struct Employment(int Employee, int Unit, int Start, int End, double Fte, long Row, bool Valid = true);
}
