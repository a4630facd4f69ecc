using Paritas.Web.Features.Absence.Import;
using Sylvan.Data.Csv;

namespace Paritas.Web.Features.Training.Import;

/// <summary>
/// Streams a training-hours file (<c>employee_id, unit_code, date, hours, activity</c>, optionally
/// the group columns of the workforce file) and adds it up on arrival per unit × month × group ×
/// activity: hours and distinct people (P1). Employee identifiers live only as keys of an
/// in-memory dictionary while this object lives, mapped to numbers; they never reach a problem,
/// an exception, a log or a cell. The CSV reading, header mapping and problem report are the
/// absence import's.
/// </summary>
public sealed class TrainingHoursAggregator
{
    private readonly TrainingHoursSetup setup;
    private readonly AbsencePeriod period;
    private readonly ProblemLog problems = new();
    private readonly Dictionary<string, int> employees = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> units = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, int> activities = new(StringComparer.OrdinalIgnoreCase) { [""] = 0 };
    private readonly List<string> activityNames = [""];
    private readonly List<(string Dimension, string Group)> columns = [("", "")];
    private readonly Dictionary<string, int>[] groups;
    private readonly Dictionary<(int Unit, int Month, int Column, int Activity), Cell> cells = [];

    private TrainingHoursAggregator(TrainingHoursSetup setup)
    {
        this.setup = setup;
        period = new AbsencePeriod(setup.FirstMonth, setup.LastMonth);
        for (var u = 0; u < setup.UnitCodes.Count; u++)
        {
            units.TryAdd(setup.UnitCodes[u].Trim(), u);
        }

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
    }

    public int Rows { get; private set; }

    internal ProblemLog Problems => problems;

    public IReadOnlyList<ImportProblem> ListedProblems => problems.Listed;

    public IReadOnlyDictionary<ImportProblemReason, int> ProblemCounts => problems.Counts;

    /// <summary>Aggregates the file. Never throws for anything in it: every fault is a problem in the report.</summary>
    public static (IReadOnlyList<TrainingHoursAggregate> Cells, TrainingHoursAggregator Run) Aggregate(TrainingHoursSetup setup, Stream hours, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(setup);
        var run = new TrainingHoursAggregator(setup);
        run.Read(hours, ct);
        return (run.problems.Total > 0 ? [] : run.Cells(), run);
    }

    private void Read(Stream stream, CancellationToken ct) =>
        CsvRows.Read(stream, ImportFile.TrainingHours, setup.Columns, ImportColumns.TrainingRequired, problems, (reader, ordinals) =>
        {
            var (id, unit, date, hours) = (ordinals[ImportColumns.EmployeeId], ordinals[ImportColumns.UnitCode], ordinals[ImportColumns.Date], ordinals[ImportColumns.Hours]);
            var activity = ordinals.GetValueOrDefault(ImportColumns.Activity, -1);
            var fte = ordinals.GetValueOrDefault(ImportColumns.Fte, -1);
            var dimensionOrdinals = setup.Dimensions.Select(d => d.Column is { } c ? ordinals.GetValueOrDefault(c, -1) : -1).ToArray();
            var unitLookup = units.GetAlternateLookup<ReadOnlySpan<char>>();
            var employeeLookup = employees.GetAlternateLookup<ReadOnlySpan<char>>();
            var activityLookup = activities.GetAlternateLookup<ReadOnlySpan<char>>();
            var rowColumns = new int[1 + setup.Dimensions.Count];
            return row =>
            {
                Rows++;
                var employee = CsvRows.Field(reader, id).Trim();
                var activityText = CsvRows.Field(reader, activity).Trim();
                int u = -1, day = 0;
                double h = 0, f = 1;
                var fteText = CsvRows.Field(reader, fte).Trim();
                (ImportProblemReason Reason, string Column)? problem =
                    employee.IsEmpty ? (ImportProblemReason.MissingEmployeeId, ImportColumns.EmployeeId)
                    : !unitLookup.TryGetValue(CsvRows.Field(reader, unit).Trim(), out u) ? (ImportProblemReason.UnknownUnit, ImportColumns.UnitCode)
                    : !FieldParser.TryDate(CsvRows.Field(reader, date), setup.DateFormat, out day) ? (ImportProblemReason.BadDate, ImportColumns.Date)
                    : day < period.FirstDay || day > period.LastDay ? (ImportProblemReason.OutsidePeriod, ImportColumns.Date)
                    : !FieldParser.TryNumber(CsvRows.Field(reader, hours), out h) || h is <= 0 or > 24 ? (ImportProblemReason.BadHours, ImportColumns.Hours)
                    : activityText.Length > DeliveredHoursCell.ActivityLength ? (ImportProblemReason.BadActivity, ImportColumns.Activity)
                    : !fteText.IsEmpty && (!FieldParser.TryNumber(fteText, out f) || f is < 0 or > 1) ? (ImportProblemReason.BadFte, ImportColumns.Fte)
                    : null;
                if (problem is { } p)
                {
                    problems.Add(ImportFile.TrainingHours, row, p.Column, p.Reason);
                    return;
                }

                // After the first problem nothing will be written: stop spending memory on cells.
                if (problems.Total > 0)
                {
                    return;
                }

                if (!employeeLookup.TryGetValue(employee, out var e))
                {
                    e = employees.Count;
                    employeeLookup[employee] = e;
                }

                if (!activityLookup.TryGetValue(activityText.IsEmpty ? "-" : activityText, out var a))
                {
                    a = activityNames.Count;
                    activityLookup[activityText.IsEmpty ? "-" : activityText] = a;
                    activityNames.Add(activityText.IsEmpty ? "-" : activityText.ToString());
                }

                rowColumns[0] = 0;
                for (var d = 0; d < setup.Dimensions.Count; d++)
                {
                    var value = setup.Dimensions[d].Column is null
                        ? (fteText.IsEmpty ? [] : (f >= 0.999 ? "full-time" : "part-time").AsSpan())
                        : CsvRows.Field(reader, dimensionOrdinals[d]).Trim();
                    rowColumns[d + 1] = !value.IsEmpty && groups[d].GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(value, out var c) ? c : -1;
                }

                var m = period.MonthOf(day);
                foreach (var column in rowColumns)
                {
                    if (column >= 0)
                    {
                        Add((u, m, column, 0), e, h);
                        Add((u, m, column, a), e, h);
                    }
                }
            };
        }, ct);

    private void Add((int Unit, int Month, int Column, int Activity) key, int employee, double hours)
    {
        if (!cells.TryGetValue(key, out var cell))
        {
            cell = new Cell();
            cells[key] = cell;
        }

        cell.Hours += hours;
        cell.People.Add(employee);
    }

    private List<TrainingHoursAggregate> Cells() =>
        [.. cells.OrderBy(c => c.Key).Select(c => new TrainingHoursAggregate(c.Key.Unit, period.Month(c.Key.Month), columns[c.Key.Column].Dimension, columns[c.Key.Column].Group,
            activityNames[c.Key.Activity], Math.Round(c.Value.Hours, 4), c.Value.People.Count))];

    private sealed class Cell
    {
        public double Hours { get; set; }

        public HashSet<int> People { get; } = [];
    }
}
