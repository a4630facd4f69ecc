using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Paritas.Web;
using Paritas.Web.Data;
using Paritas.Web.Features.Absence.Import;
using Paritas.Web.Features.Organisations;

namespace Paritas.Benchmarks;

/// <summary>
/// The absence import end to end on SQLite (units from the database, aggregation, bulk replace,
/// audit), timed against a raw Sylvan parse of the same files in the same run. A timed program
/// rather than BenchmarkDotNet: one iteration takes seconds and the peak working set is part of
/// the result. <c>dotnet run -c Release --project bench/Paritas.Benchmarks -- absence-import [spells] [employees]</c>
/// </summary>
public static class AbsenceImportTiming
{
    private const int Units = 500;

    public static async Task RunAsync(string[] args)
    {
        var spells = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 5_000_000;
        var employees = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 500_000;
        var folder = Path.Combine(Path.GetTempPath(), "paritas-bench-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(folder);
        try
        {
            // PARITAS_BENCH_DATA keeps the generated files between runs (generating 5 million spells takes longer than importing them).
            var data = Environment.GetEnvironmentVariable("PARITAS_BENCH_DATA") is { Length: > 0 } kept ? Path.Combine(kept, $"{spells}-{employees}") : folder;
            Directory.CreateDirectory(data);
            var (workforcePath, spellsPath) = Generate(data, spells, employees);
            Console.WriteLine($"{spells:N0} spells, {employees:N0} employees, {Units} units, 12 months; files {new FileInfo(spellsPath).Length / 1e6:N0} MB + {new FileInfo(workforcePath).Length / 1e6:N0} MB");

            var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = [], EnvironmentName = "Production", ContentRootPath = folder });
            builder.Logging.SetMinimumLevel(LogLevel.Warning);
            builder.Configuration["ConnectionStrings:Paritas"] = $"Data Source={Path.Combine(folder, "bench.db")}";
            builder.AddParitasServices();
            await using var app = builder.Build();
            await using var scope = app.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            await db.Database.MigrateAsync();
            var orgId = await ArrangeAsync(db);

            var parse = Time(() => RawParse(workforcePath) + RawParse(spellsPath));
            var setup = AbsenceImportSetup.Simple(new DateOnly(2024, 1, 1), new DateOnly(2024, 12, 1), [.. Enumerable.Range(0, Units).Select(u => $"U{u:D3}")],
                [new DimensionSpec("ContractType", "contract_type", ["permanent", "temporary"])]);
            AbsenceAggregate? ours = null;
            var aggregateOnly = Time(() =>
            {
                using var w = File.OpenRead(workforcePath);
                using var s = File.OpenRead(spellsPath);
                ours = AbsenceAggregator.Aggregate(setup, w, s).Aggregate;
                return ours.Units;
            });
            var importer = scope.ServiceProvider.GetRequiredService<AbsenceImporter>();
            ImportReport? report = null;
            var request = new AbsenceImportRequest(orgId, null, "benchmark", new DateOnly(2024, 1, 1), new DateOnly(2024, 12, 1), AbsenceDateFormat.Iso, false);
            GC.Collect();
            var import = await TimeAsync(async () =>
            {
                await using var w = File.OpenRead(workforcePath);
                await using var s = File.OpenRead(spellsPath);
                report = await importer.ImportAsync(request, w, s, default);
            });
            if (report is not { Succeeded: true })
            {
                throw new InvalidOperationException($"The import was refused: {report?.ProblemTotal} problems, e.g. {(report?.Problems.Count > 0 ? report.Problems[0] : null)}");
            }

            long peak;
            using (var process = Process.GetCurrentProcess())
            {
                // Before DuckDB runs in this process: its own memory is not the import's.
                peak = process.PeakWorkingSet64;
            }

            Dictionary<(string Unit, DateOnly Month), (double AvailableDays, double DaysLost, long SpellsStarted, long Headcount)>? theirs = null;
            var duck = Time(() =>
            {
                theirs = DuckDbUnitMonths.Run(DuckDbUnitMonths.Sql(workforcePath, spellsPath, new DateOnly(2024, 1, 1), new DateOnly(2024, 12, 1)));
                return theirs.Count;
            });

            Console.WriteLine($"raw Sylvan parse (every field of both files): {parse.TotalSeconds:F2} s");
            Console.WriteLine($"aggregation only (no database):               {aggregateOnly.TotalSeconds:F2} s");
            Console.WriteLine($"DuckDB, same unit × month table from the CSV:  {duck.TotalSeconds:F2} s; {Compare(ours!, theirs!)}");
            Console.WriteLine($"import end to end on SQLite:                  {import.TotalSeconds:F2} s, {report.CellsWritten:N0} cells written");
            Console.WriteLine($"ratio import / raw parse: {import / parse:F2}; ratio import / DuckDB: {import / duck:F2}; {spells / import.TotalSeconds / 1e6:F2} million spells/s");
            Console.WriteLine($"peak working set of the import (before DuckDB ran): {peak / 1e6:N0} MB");
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>
    /// <c>absence-aggregate [spells] [employees] [runs]</c>: the raw parse and the aggregation alone,
    /// alternately, several times; the fastest of each is the least disturbed by other processes.
    /// For working on the aggregator; the figures to report come from <c>absence-import</c>.
    /// </summary>
    public static void Repeat(string[] args)
    {
        var spells = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 5_000_000;
        var employees = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 500_000;
        var runs = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 5;
        var data = Path.Combine(Environment.GetEnvironmentVariable("PARITAS_BENCH_DATA") ?? Path.GetTempPath(), $"{spells}-{employees}");
        Directory.CreateDirectory(data);
        var (workforcePath, spellsPath) = Generate(data, spells, employees);
        var setup = AbsenceImportSetup.Simple(new DateOnly(2024, 1, 1), new DateOnly(2024, 12, 1), [.. Enumerable.Range(0, Units).Select(u => $"U{u:D3}")],
            [new DimensionSpec("ContractType", "contract_type", ["permanent", "temporary"])]);
        var (parse, aggregate) = (TimeSpan.MaxValue, TimeSpan.MaxValue);
        for (var r = 0; r < runs; r++)
        {
            var p = Time(() => RawParse(workforcePath) + RawParse(spellsPath));
            var a = Time(() =>
            {
                using var w = File.OpenRead(workforcePath);
                using var s = File.OpenRead(spellsPath);
                return AbsenceAggregator.Aggregate(setup, w, s).Run.SpellRows;
            });
            (parse, aggregate) = (p < parse ? p : parse, a < aggregate ? a : aggregate);
        }

        Console.WriteLine($"fastest of {runs}: raw parse {parse.TotalSeconds:F2} s, aggregation {aggregate.TotalSeconds:F2} s, ratio {aggregate / parse:F2}, {spells / aggregate.TotalSeconds / 1e6:F2} M spells/s");
    }

    /// <summary>Checks that DuckDB computed the same table: the largest relative difference per measure over every unit × month.</summary>
    private static string Compare(AbsenceAggregate ours, Dictionary<(string Unit, DateOnly Month), (double AvailableDays, double DaysLost, long SpellsStarted, long Headcount)> theirs)
    {
        double available = 0, lost = 0;
        long spellsDiffer = 0, headcountDiffer = 0, cells = 0;
        for (var u = 0; u < ours.Units; u++)
        {
            for (var m = 0; m < ours.Period.Months; m++)
            {
                var cell = ours.Cell(u, m, 0);
                var t = theirs.GetValueOrDefault(($"U{u:D3}", ours.Period.Month(m)));
                cells++;
                available = Math.Max(available, Relative(ours.AvailableDays[cell], t.AvailableDays));
                lost = Math.Max(lost, Relative(ours.DaysLost[cell], t.DaysLost));
                spellsDiffer += ours.SpellsStarted[cell] == t.SpellsStarted ? 0 : 1;
                headcountDiffer += ours.Headcount[cell] == t.Headcount ? 0 : 1;
            }
        }

        return $"{cells} cells; largest relative difference: available days {available:G2}, days lost {lost:G2}; spells started differ in {spellsDiffer}, headcount in {headcountDiffer} (move month: DESIGN's count vs main unit)";
    }

    private static double Relative(double a, double b) => a == b ? 0 : Math.Abs(a - b) / Math.Max(Math.Abs(a), Math.Abs(b));

    private static async Task<Guid> ArrangeAsync(AppDbContext db)
    {
        using var system = db.Tenant.EnterSystemScope();
        await DemoSeed.EnsureCountriesAsync(db, default);
        var org = new Organisation("Benchmark", "bench", "NO");
        db.Organisations.Add(org);
        var root = new Unit(org.Id, "U000", "Unit 0", Sector.Administration, 0, null);
        db.Units.Add(root);
        for (var u = 1; u < Units; u++)
        {
            db.Units.Add(new Unit(org.Id, $"U{u:D3}", $"Unit {u}", Sector.Administration, 0, root.Id));
        }

        var contract = new WorkforceDimension(org.Id, WorkforceDimensionKind.ContractType, "Contract");
        db.WorkforceDimensions.Add(contract);
        db.WorkforceGroups.Add(new WorkforceGroup(contract, "permanent", "Permanent"));
        db.WorkforceGroups.Add(new WorkforceGroup(contract, "temporary", "Temporary"));
        await db.SaveChangesAsync();
        db.Tenant.SetOrganisation(org.Id);
        return org.Id;
    }

    /// <summary>Each employee has one employment (one in ten moves unit mid-year) and spells in separate 30-day slots, so none overlap.</summary>
    private static (string Workforce, string Spells) Generate(string folder, int spells, int employees)
    {
        var random = new Random(42);
        var workforce = Path.Combine(folder, "workforce.csv");
        var path = Path.Combine(folder, "spells.csv");
        if (File.Exists(workforce) && File.Exists(path))
        {
            return (workforce, path);
        }

        using (var w = new StreamWriter(workforce + ".partial", false, new UTF8Encoding(false), 1 << 16))
        {
            w.WriteLine("employee_id,unit_code,start_date,end_date,fte,contract_type");
            for (var e = 0; e < employees; e++)
            {
                var unit = e % Units;
                var contract = e % 7 == 0 ? "temporary" : "permanent";
                var fte = (e % 4 == 0 ? 0.5 : 1.0).ToString(CultureInfo.InvariantCulture);
                if (e % 10 == 0)
                {
                    w.WriteLine($"E{e:D8},U{unit:D3},2019-03-01,2024-06-30,{fte},{contract}");
                    w.WriteLine($"E{e:D8},U{(unit + 1) % Units:D3},2024-07-01,,{fte},{contract}");
                }
                else
                {
                    w.WriteLine($"E{e:D8},U{unit:D3},2018-01-01,,{fte},{contract}");
                }
            }
        }

        string[] causes = ["msd", "psychosocial", "other", "unknown", ""];
        var perEmployee = (spells + employees - 1) / employees;
        var slot = 365 / Math.Max(perEmployee, 1);
        using (var s = new StreamWriter(path + ".partial", false, new UTF8Encoding(false), 1 << 16))
        {
            s.WriteLine("employee_id,unit_code,start_date,end_date,cause,degree");
            var written = 0;
            var year = new DateOnly(2024, 1, 1);
            for (var k = 0; k < perEmployee && written < spells; k++)
            {
                for (var e = 0; e < employees && written < spells; e++, written++)
                {
                    var start = year.AddDays(k * slot + random.Next(Math.Max(slot - 6, 1)));
                    var end = start.AddDays(random.Next(Math.Min(5, slot - 1)));
                    var unit = e % 10 == 0 && start >= new DateOnly(2024, 7, 1) ? (e % Units + 1) % Units : e % Units;
                    if (e % 10 == 0 && start < new DateOnly(2024, 7, 1) && end >= new DateOnly(2024, 7, 1))
                    {
                        end = new DateOnly(2024, 6, 30);
                    }

                    var degree = random.Next(10) == 0 ? "50" : "";
                    s.WriteLine($"E{e:D8},U{unit:D3},{start:yyyy-MM-dd},{end:yyyy-MM-dd},{causes[random.Next(causes.Length)]},{degree}");
                }
            }
        }

        // Renamed only when complete, so an interrupted run never leaves half a file to be reused.
        File.Move(workforce + ".partial", workforce, overwrite: true);
        File.Move(path + ".partial", path, overwrite: true);
        return (workforce, path);
    }

    private static long RawParse(string path)
    {
        using var stream = File.OpenRead(path);
        using var reader = CsvSource.Open(stream);
        long characters = 0;
        while (reader.Read())
        {
            for (var i = 0; i < reader.FieldCount; i++)
            {
                characters += reader.GetFieldSpan(i).Length;
            }
        }

        return characters;
    }

    private static TimeSpan Time(Func<long> work)
    {
        var (watch, cpu) = (Stopwatch.StartNew(), Cpu());
        GC.KeepAlive(work());
        Console.WriteLine($"  (CPU {(Cpu() - cpu).TotalSeconds:F2} s, wall {watch.Elapsed.TotalSeconds:F2} s)");
        return watch.Elapsed;
    }

    private static async Task<TimeSpan> TimeAsync(Func<Task> work)
    {
        var (watch, cpu) = (Stopwatch.StartNew(), Cpu());
        await work();
        Console.WriteLine($"  (CPU {(Cpu() - cpu).TotalSeconds:F2} s, wall {watch.Elapsed.TotalSeconds:F2} s)");
        return watch.Elapsed;
    }

    // Process CPU time: on a shared machine the wall clock measures the neighbours too.
    private static TimeSpan Cpu()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }
}
