using Sylvan.Data.Csv;

namespace Paritas.Web.Features.Absence.Import;

/// <summary>
/// Streams the workforce file, then the spells file, and aggregates them on arrival into
/// <see cref="AbsenceAggregate"/> cells (P1). Employee identifiers exist only as keys of an
/// in-memory dictionary while this object lives; they never reach a problem, an exception
/// or a log. Memory grows with employees, employments and cells — never with spell rows.
/// </summary>
public sealed class AbsenceAggregator
{
    private readonly AbsenceImportSetup setup;
    private readonly AbsencePeriod period;
    private readonly ProblemLog problems = new();
    private readonly Dictionary<string, int> employees = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> units;
    private readonly Dictionary<string, int>[] groups;
    private readonly int stride;
    private readonly AbsenceAggregate aggregate;

    // Employments, one entry per valid workforce row that touches the period, clipped to it.
    private readonly List<Employment> employments = [];
    private readonly List<short> employmentColumns = [];
    private int[] byEmployee = [];
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
        run.ReadWorkforce(workforce, ct);
        if (!run.problems.HasFileProblem)
        {
            run.IndexEmployments();
            run.ReadSpells(spells, ct);
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
        ReadFile(stream, ImportFile.Workforce, setup.WorkforceColumns, ImportColumns.WorkforceRequired, (reader, ordinals) =>
        {
            var dimensionOrdinals = setup.Dimensions.Select(d => d.Column is { } c && ordinals.TryGetValue(c, out var o) ? o : -1).ToArray();
            var (id, unit, start, end, fte) = (ordinals[ImportColumns.EmployeeId], ordinals[ImportColumns.UnitCode], ordinals[ImportColumns.StartDate], ordinals[ImportColumns.EndDate], ordinals[ImportColumns.Fte]);
            var unitLookup = units.GetAlternateLookup<ReadOnlySpan<char>>();
            var employeeLookup = employees.GetAlternateLookup<ReadOnlySpan<char>>();
            return row =>
            {
                WorkforceRows++;
                var employee = Field(reader, id).Trim();
                ImportProblemReason? reason = null;
                var column = "";
                int u = -1, from = 0, to = int.MaxValue;
                double f = 0;
                if (employee.IsEmpty)
                {
                    (reason, column) = (ImportProblemReason.MissingEmployeeId, ImportColumns.EmployeeId);
                }
                else if (!unitLookup.TryGetValue(Field(reader, unit).Trim(), out u))
                {
                    (reason, column) = (ImportProblemReason.UnknownUnit, ImportColumns.UnitCode);
                }
                else if (!FieldParser.TryDate(Field(reader, start), setup.DateFormat, out from))
                {
                    (reason, column) = (ImportProblemReason.BadDate, ImportColumns.StartDate);
                }
                else if (Field(reader, end).Trim() is { IsEmpty: false } endText && !FieldParser.TryDate(endText, setup.DateFormat, out to))
                {
                    (reason, column) = (ImportProblemReason.BadDate, ImportColumns.EndDate);
                }
                else if (to < from)
                {
                    (reason, column) = (ImportProblemReason.EndBeforeStart, ImportColumns.EndDate);
                }
                else if (!FieldParser.TryNumber(Field(reader, fte), out f) || f is < 0 or > 1)
                {
                    (reason, column) = (ImportProblemReason.BadFte, ImportColumns.Fte);
                }

                if (reason is { } r)
                {
                    Drop(ImportFile.Workforce, row, column, r);
                    return;
                }

                if (to < period.FirstDay || from > period.LastDay)
                {
                    return;
                }

                if (!employeeLookup.TryGetValue(employee, out var e))
                {
                    e = employees.Count;
                    employeeLookup[employee] = e;
                }

                employments.Add(new Employment(e, u, Math.Max(from, period.FirstDay), Math.Min(to, period.LastDay), f, row));
                employmentColumns.Add(0);
                for (var d = 0; d < dimensionOrdinals.Length; d++)
                {
                    employmentColumns.Add((short)GroupColumn(reader, d, dimensionOrdinals[d], f));
                }
            };
        }, ct);
    }

    private int GroupColumn(CsvDataReader reader, int dimension, int ordinal, double fte)
    {
        var lookup = groups[dimension].GetAlternateLookup<ReadOnlySpan<char>>();
        var value = setup.Dimensions[dimension].Column is null
            ? (fte >= 0.999 ? "full-time" : "part-time").AsSpan()
            : ordinal < 0 ? [] : Field(reader, ordinal).Trim();
        return !value.IsEmpty && lookup.TryGetValue(value, out var c) ? c : -1;
    }

    /// <summary>Sorts employments by employee and start, and drops a second employment in the same unit at the same time.</summary>
    private void IndexEmployments()
    {
        var count = employments.Count;
        var order = new int[count];
        var keys = new long[count];
        for (var j = 0; j < count; j++)
        {
            order[j] = j;
            keys[j] = ((long)employments[j].Employee << 32) | (uint)(employments[j].Start - period.FirstDay);
        }

        Array.Sort(keys, order);
        byEmployee = order;
        employeeStart = new int[employees.Count + 1];
        foreach (var j in order)
        {
            employeeStart[employments[j].Employee + 1]++;
        }

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
                    var (x, y) = (employments[order[a]], employments[order[b]]);
                    if (x.Valid && y.Valid && x.Unit == y.Unit && y.Start <= x.End && x.Start <= y.End)
                    {
                        var later = x.Row > y.Row ? order[a] : order[b];
                        employments[later] = employments[later] with { Valid = false };
                        Drop(ImportFile.Workforce, employments[later].Row, ImportColumns.StartDate, ImportProblemReason.OverlappingEmployments);
                    }
                }
            }
        }

        words = (period.Days + 63) / 64;
        sickDays = new ulong[(long)employees.Count * words];
    }

    private void ReadSpells(Stream stream, CancellationToken ct)
    {
        ReadFile(stream, ImportFile.Spells, setup.SpellsColumns, ImportColumns.SpellsRequired, (reader, ordinals) =>
        {
            var (id, unit, start, end) = (ordinals[ImportColumns.EmployeeId], ordinals[ImportColumns.UnitCode], ordinals[ImportColumns.StartDate], ordinals[ImportColumns.EndDate]);
            var cause = ordinals.GetValueOrDefault(ImportColumns.Cause, -1);
            var degree = ordinals.GetValueOrDefault(ImportColumns.Degree, -1);
            var unitLookup = units.GetAlternateLookup<ReadOnlySpan<char>>();
            var employeeLookup = employees.GetAlternateLookup<ReadOnlySpan<char>>();
            var causeLookup = new Dictionary<string, AbsenceCause>(setup.Causes, StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
            return row =>
            {
                SpellRows++;
                var employee = Field(reader, id).Trim();
                ImportProblemReason? reason = null;
                var column = "";
                int u = -1, from = 0, to = period.LastDay;
                double g = 100;
                var c = AbsenceCause.Unknown;
                if (employee.IsEmpty)
                {
                    (reason, column) = (ImportProblemReason.MissingEmployeeId, ImportColumns.EmployeeId);
                }
                else if (!unitLookup.TryGetValue(Field(reader, unit).Trim(), out u))
                {
                    (reason, column) = (ImportProblemReason.UnknownUnit, ImportColumns.UnitCode);
                }
                else if (!FieldParser.TryDate(Field(reader, start), setup.DateFormat, out from))
                {
                    (reason, column) = (ImportProblemReason.BadDate, ImportColumns.StartDate);
                }
                else if (Field(reader, end).Trim() is { IsEmpty: false } endText && !FieldParser.TryDate(endText, setup.DateFormat, out to))
                {
                    (reason, column) = (ImportProblemReason.BadDate, ImportColumns.EndDate);
                }
                else if (to < from)
                {
                    (reason, column) = (ImportProblemReason.EndBeforeStart, ImportColumns.EndDate);
                }
                else if (degree >= 0 && Field(reader, degree).Trim() is { IsEmpty: false } degreeText
                    && (!FieldParser.TryNumber(degreeText, out g) || g is < 1 or > 100))
                {
                    (reason, column) = (ImportProblemReason.BadDegree, ImportColumns.Degree);
                }
                else if (cause >= 0 && !TryCause(Field(reader, cause).Trim(), causeLookup, out c))
                {
                    (reason, column) = (ImportProblemReason.UnknownCause, ImportColumns.Cause);
                }

                if (reason is { } r)
                {
                    Drop(ImportFile.Spells, row, column, r);
                    return;
                }

                // An ongoing spell counts to the end of the period; days outside the period are not ours to count.
                var (first, last) = (Math.Max(from, period.FirstDay), Math.Min(to, period.LastDay));
                if (last < first)
                {
                    return;
                }

                if (!employeeLookup.TryGetValue(employee, out var e) || Covered(e, u, first, last) != last - first + 1)
                {
                    Drop(ImportFile.Spells, row, ImportColumns.StartDate, ImportProblemReason.SpellOutsideEmployment);
                    return;
                }

                if (!MarkSick(e, first - period.FirstDay, last - period.FirstDay))
                {
                    Drop(ImportFile.Spells, row, ImportColumns.StartDate, ImportProblemReason.OverlappingSpells);
                    return;
                }

                AddSpell(e, u, first, last, g / 100.0, from >= period.FirstDay, c);
            };
        }, ct);
    }

    private static bool TryCause(ReadOnlySpan<char> text, Dictionary<string, AbsenceCause>.AlternateLookup<ReadOnlySpan<char>> mapped, out AbsenceCause cause)
    {
        if (text.IsEmpty || text.Equals("unknown", StringComparison.OrdinalIgnoreCase))
        {
            cause = AbsenceCause.Unknown;
        }
        else if (text.Equals("msd", StringComparison.OrdinalIgnoreCase))
        {
            cause = AbsenceCause.Msd;
        }
        else if (text.Equals("psychosocial", StringComparison.OrdinalIgnoreCase))
        {
            cause = AbsenceCause.Psychosocial;
        }
        else if (text.Equals("other", StringComparison.OrdinalIgnoreCase))
        {
            cause = AbsenceCause.Other;
        }
        else
        {
            return mapped.TryGetValue(text, out cause);
        }

        return true;
    }

    private int Covered(int employee, int unit, int first, int last)
    {
        var days = 0;
        for (var k = employeeStart[employee]; k < employeeStart[employee + 1]; k++)
        {
            var j = employments[byEmployee[k]];
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
        for (var k = employeeStart[employee]; k < employeeStart[employee + 1]; k++)
        {
            var index = byEmployee[k];
            var j = employments[index];
            if (!j.Valid || j.Unit != unit || j.Start > last || first > j.End)
            {
                continue;
            }

            var (from, to) = (Math.Max(j.Start, first), Math.Min(j.End, last));
            var weight = degree * j.Fte;
            for (var m = MonthIndex(from); m < period.Months && period.MonthStart[m] <= to; m++)
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
                var m = MonthIndex(first);
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
            for (var k = employeeStart[e]; k < employeeStart[e + 1]; k++)
            {
                var index = byEmployee[k];
                var j = employments[index];
                if (!j.Valid)
                {
                    continue;
                }

                for (var m = MonthIndex(j.Start); m < period.Months && period.MonthStart[m] <= j.End; m++)
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
                    AddOnce(aggregate.Headcount, best[m], c => aggregate.Cell(employments[best[m]].Unit, m, c));
                }
            }

            for (var y = 0; y < period.Years; y++)
            {
                if (yearBest[y] < 0)
                {
                    continue;
                }

                AddOnce(aggregate.YearEmployees, yearBest[y], c => aggregate.YearCell(employments[yearBest[y]].Unit, y, c));
                var (from, to) = period.YearSpan(y);
                if (AnySick(e, from - period.FirstDay, to - period.FirstDay))
                {
                    AddOnce(aggregate.YearEmployeesWithSpell, yearBest[y], c => aggregate.YearCell(employments[yearBest[y]].Unit, y, c));
                }
            }
        }
    }

    private void AddOnce(int[] counts, int employment, Func<int, int> cell)
    {
        for (var s = 0; s < stride; s++)
        {
            var column = employmentColumns[employment * stride + s];
            if (column >= 0)
            {
                counts[cell(column)]++;
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

    private int MonthIndex(int day)
    {
        var i = Array.BinarySearch(period.MonthStart, day);
        return i >= 0 ? i : ~i - 1;
    }

    private void Drop(ImportFile file, long row, string column, ImportProblemReason reason)
    {
        DroppedRows++;
        problems.Add(file, row, column, reason);
    }

    private static ReadOnlySpan<char> Field(CsvDataReader reader, int ordinal) => CsvRows.Field(reader, ordinal);

    private void ReadFile(Stream stream, ImportFile file, IReadOnlyDictionary<string, string> mapping, string[] required, Func<CsvDataReader, Dictionary<string, int>, Action<long>> handler, CancellationToken ct) =>
        CsvRows.Read(stream, file, mapping, required, problems, handler, ct);

    private readonly record struct Employment(int Employee, int Unit, int Start, int End, double Fte, long Row, bool Valid = true);
}
