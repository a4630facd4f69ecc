using System.CommandLine;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Paritas.Web.Cli;
using Paritas.Web.Data;
using Paritas.Web.Features.Absence.Import;
using Paritas.Web.Features.Absence.Indicators;

namespace Paritas.Web.Features.Absence;

/// <summary>
/// <c>paritas import absence</c> and <c>paritas indicators export</c>: the same import and the
/// same guarded indicators as the pages, for scripts and scheduled jobs.
/// </summary>
public static class AbsenceCommands
{
    public const string CommandLineRole = "command-line";

    public static Command Import()
    {
        var organisation = new Option<string>("--organisation") { Description = "The organisation's short name (slug).", Required = true };
        var spells = new Option<FileInfo>("--spells") { Description = "The CSV file of sickness-absence spells.", Required = true };
        var workforce = new Option<FileInfo>("--workforce") { Description = "The CSV file of employment periods.", Required = true };
        var from = new Option<string>("--from") { Description = "The first month of the period, YYYY-MM.", Required = true };
        var to = new Option<string>("--to") { Description = "The last month of the period, YYYY-MM.", Required = true };
        var dayFirst = new Option<bool>("--day-first") { Description = "Dates are written day first (31.03.2024, 31/03/2024) instead of ISO (2024-03-31)." };
        var acceptGoodRows = new Option<bool>("--accept-good-rows") { Description = "Import the good rows and count the dropped ones, instead of refusing the whole import." };
        var absence = new Command("absence", "Replace an organisation's absence aggregates for a period with those of two HR exports.")
        {
            organisation, spells, workforce, from, to, dayFirst, acceptGoodRows,
        };
        absence.SetAction((parse, ct) => CommandLine.WithServicesAsync(async (services, c) =>
        {
            var first = Month(parse.GetValue(from)!, "--from");
            var last = Month(parse.GetValue(to)!, "--to");
            var db = services.GetRequiredService<AppDbContext>();
            var orgId = await OrganisationAsync(db, parse.GetValue(organisation)!, c);
            var request = new AbsenceImportRequest(orgId, null, CommandLineRole, first, last,
                parse.GetValue(dayFirst) ? AbsenceDateFormat.DayFirst : AbsenceDateFormat.Iso, parse.GetValue(acceptGoodRows));
            if (!request.PeriodIsValid)
            {
                throw new CommandFailedException("The period must run forwards and span at most ten years.");
            }

            await using var workforceStream = Open(parse.GetValue(workforce)!);
            await using var spellsStream = Open(parse.GetValue(spells)!);
            var report = await services.GetRequiredService<AbsenceImporter>().ImportAsync(request, workforceStream, spellsStream, c);
            foreach (var p in report.Problems)
            {
                await Console.Error.WriteLineAsync($"{ImportMessages.FileName(p.File)}, row {p.Row}, column {(p.Column.Length == 0 ? "-" : p.Column)}: {ImportMessages.For(p.Reason)}");
            }

            if (report.ProblemTotal > report.Problems.Count)
            {
                await Console.Error.WriteLineAsync($"… and {report.ProblemTotal - report.Problems.Count} more problems.");
            }

            foreach (var (reason, count) in report.ProblemCounts.OrderBy(p => p.Key))
            {
                await Console.Error.WriteLineAsync($"{reason}: {count}");
            }

            if (!report.Succeeded)
            {
                await Console.Error.WriteLineAsync("Nothing was imported; the previous aggregates are unchanged.");
                return 2;
            }

            Console.WriteLine($"Imported {report.SpellRows} spell rows and {report.WorkforceRows} workforce rows into {report.CellsWritten} cells for {first:yyyy-MM} to {last:yyyy-MM}; {report.DroppedRows} rows dropped.");
            return 0;
        }, ct));
        var command = new Command("import", "Import data from HR systems; only aggregates are kept.");
        command.Subcommands.Add(absence);
        return command;
    }

    public static Command Indicators()
    {
        var organisation = new Option<string>("--organisation") { Description = "The organisation's short name (slug).", Required = true };
        var dimension = new Option<string?>("--dimension") { Description = "Break down by one workforce dimension (e.g. Gender, AgeBand)." };
        var format = new Option<string>("--format") { Description = "Output format: csv.", DefaultValueFactory = _ => "csv" };
        format.AcceptOnlyFromAmong("csv");
        var export = new Command("export", "Write absence indicators per unit and month, after the disclosure guard, to standard output.")
        {
            organisation, dimension, format,
        };
        export.SetAction((parse, ct) => CommandLine.WithServicesAsync(async (services, c) =>
        {
            var db = services.GetRequiredService<AppDbContext>();
            var orgId = await OrganisationAsync(db, parse.GetValue(organisation)!, c);
            var table = await services.GetRequiredService<AbsenceIndicators>().ReadAsync(orgId, null, CommandLineRole, parse.GetValue(dimension), c)
                ?? throw new CommandFailedException("The organisation has no such workforce dimension.");
            await IndicatorCsv.WriteAsync(table, Console.Out, c);
            return 0;
        }, ct));
        var command = new Command("indicators", "Guarded indicators.");
        command.Subcommands.Add(export);
        return command;
    }

    internal static async Task<Guid> OrganisationAsync(AppDbContext db, string slug, CancellationToken ct)
    {
        Guid? id;
        using (db.Tenant.EnterSystemScope())
        {
            id = await db.Organisations.Where(o => o.Slug == slug).Select(o => (Guid?)o.Id).FirstOrDefaultAsync(ct);
        }

        if (id is null)
        {
            throw new CommandFailedException($"No organisation has the short name '{slug}'.");
        }

        db.Tenant.SetOrganisation(id);
        return id.Value;
    }

    internal static DateOnly Month(string text, string option) =>
        DateOnly.TryParseExact(text + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month)
            ? month
            : throw new CommandFailedException($"{option} must be a month written YYYY-MM.");

    internal static FileStream Open(FileInfo file)
    {
        try
        {
            return file.OpenRead();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CommandFailedException($"Cannot read {file.FullName}: {e.Message}");
        }
    }
}
