using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;
using Sylvan.Data.Csv;

namespace Paritas.Web.Features.Absence.Import;

/// <summary>
/// Reads and parses the spells file on a thread of its own — decoding, splitting, dates, unit,
/// cause and degree — while the aggregator reads the workforce file and then aggregates the spells
/// already parsed. The two meet in a few reusable <see cref="SpellBatch"/>es, so memory stays
/// bounded whatever the file's length. Rows and problems keep the file's order.
/// </summary>
internal sealed class SpellFeed : IDisposable
{
    private const int BatchCount = 8;

    private readonly BlockingCollection<SpellBatch> filled = new(BatchCount);
    private readonly BlockingCollection<SpellBatch> free = new(BatchCount);
    private readonly CancellationTokenSource stop;
    private readonly AbsenceImportSetup setup;
    private readonly Dictionary<string, int> units;
    private readonly int openEnd;
    private readonly Stream stream;
    private readonly Task reading;
    private ExceptionDispatchInfo? failure;

    // Set once the workforce is read; from then on this thread also resolves identifiers, which
    // takes that work (and its cache misses) off the aggregating thread.
    private volatile EmployeeIndex? employees;

    // Only the reading thread touches this once it runs: the batch being filled.
    private SpellBatch current;

    private SpellFeed(AbsenceImportSetup setup, Dictionary<string, int> units, int openEnd, Stream stream, CancellationToken ct)
    {
        (this.setup, this.units, this.openEnd, this.stream) = (setup, units, openEnd, stream);
        stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        for (var i = 0; i < BatchCount; i++)
        {
            free.Add(new SpellBatch(), CancellationToken.None);
        }

        current = free.Take(CancellationToken.None);

        reading = Task.Factory.StartNew(Read, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
    }

    /// <param name="openEnd">The day an ongoing spell (empty end date) counts to: the period's last.</param>
    public static SpellFeed Start(AbsenceImportSetup setup, Dictionary<string, int> units, int openEnd, Stream stream, CancellationToken ct) =>
        new(setup, units, openEnd, stream, ct);

    /// <summary>The parsed batches in file order; give each back with <see cref="Return"/> once aggregated.</summary>
    public IEnumerable<SpellBatch> Batches(CancellationToken ct)
    {
        foreach (var batch in filled.GetConsumingEnumerable(ct))
        {
            yield return batch;
        }

        failure?.Throw();
    }

    /// <summary>The workforce is read and no employee will be added: identifiers may be resolved on the reading thread.</summary>
    public void EmployeesKnown(EmployeeIndex index) => employees = index;

    public void Return(SpellBatch batch)
    {
        batch.Clear();
        free.Add(batch);
    }

    /// <summary>Stops reading (if not done) and waits for the reading thread: the caller may close the stream after this.</summary>
    public void Dispose()
    {
        stop.Cancel();
        try
        {
            reading.Wait();
        }
        catch (AggregateException e) when (e.InnerExceptions.All(x => x is OperationCanceledException))
        {
        }

        stop.Dispose();
        filled.Dispose();
        free.Dispose();
    }

    private void Read()
    {
        var ct = stop.Token;
        long row = 1;
        try
        {
            try
            {
                var headerProblems = new List<ImportProblem>();
                using var reader = ImportCsv.Open(stream, ImportFile.Spells, setup.SpellsColumns, ImportColumns.SpellsRequired, headerProblems, out var ordinals);
                foreach (var p in headerProblems)
                {
                    AddFileProblem(p.Row, p.Column, p.Reason, ct);
                }

                if (reader is not null)
                {
                    ReadRows(reader, ordinals, ref row, ct);
                }
            }
            catch (Exception e) when (ImportCsv.IsUnreadable(e))
            {
                AddFileProblem(row + 1, "", ImportProblemReason.UnreadableFile, ct);
            }

            if (current.Count > 0)
            {
                Hand(current, ct);
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // The aggregator stopped early (a file problem, or the import was cancelled); nobody waits for more.
        }
        catch (Exception e)
        {
            failure = ExceptionDispatchInfo.Capture(e);
        }
        finally
        {
            filled.CompleteAdding();
        }
    }

    private void ReadRows(CsvDataReader reader, Dictionary<string, int> ordinals, ref long row, CancellationToken ct)
    {
        var common = new CommonFields(units, setup.DateFormat, ordinals);
        var cause = ordinals.GetValueOrDefault(ImportColumns.Cause, -1);
        var degree = ordinals.GetValueOrDefault(ImportColumns.Degree, -1);
        var causes = new Dictionary<string, AbsenceCause>(setup.Causes, StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        while (reader.Read())
        {
            row++;
            if (ImportCsv.IsBlank(reader))
            {
                continue;
            }

            var batch = Next(ct);
            ref var s = ref batch.Rows[batch.Count++];
            s = default;
            s.Row = row;
            s.Problem = common.Read(reader, openEnd, out var employee, out s.Unit, out s.From, out s.To, out s.Column);
            if (s.Problem is null)
            {
                var g = 100.0;
                if (degree >= 0 && CommonFields.Field(reader, degree).Trim() is { IsEmpty: false } degreeText
                    && (!FieldParser.TryNumber(degreeText, out g) || g is < 1 or > 100))
                {
                    (s.Problem, s.Column) = (ImportProblemReason.BadDegree, ImportColumns.Degree);
                }
                else if (cause >= 0 && !TryCause(CommonFields.Field(reader, cause).Trim(), causes, out s.Cause))
                {
                    (s.Problem, s.Column) = (ImportProblemReason.UnknownCause, ImportColumns.Cause);
                }

                s.Degree = g / 100.0;
            }

            if (s.Problem is null)
            {
                s.IdStart = batch.AddId(employee);
                s.IdLength = employee.Length;
            }
        }
    }

    /// <summary>The batch to write the next row into: the current one, or a free one once it is full and handed over.</summary>
    private SpellBatch Next(CancellationToken ct)
    {
        if (current.IsFull)
        {
            Hand(current, ct);
            current = free.Take(ct);
        }

        return current;
    }

    private void Hand(SpellBatch batch, CancellationToken ct)
    {
        employees?.Resolve(batch);
        filled.Add(batch, ct);
    }

    private void AddFileProblem(long row, string column, ImportProblemReason reason, CancellationToken ct)
    {
        var batch = Next(ct);
        batch.Rows[batch.Count++] = new ParsedSpell { Row = row, Column = column, Problem = reason, FileProblem = true };
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
}
