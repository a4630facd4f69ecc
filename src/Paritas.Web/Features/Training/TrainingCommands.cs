using System.CommandLine;
using Paritas.Web.Cli;
using Paritas.Web.Data;
using Paritas.Web.Features.Absence;
using Paritas.Web.Features.Absence.Import;
using Paritas.Web.Features.Training.Import;

namespace Paritas.Web.Features.Training;

/// <summary><c>paritas import training</c>: the same import as the page, for scripts and scheduled jobs.</summary>
public static class TrainingCommands
{
    public static Command Import()
    {
        var organisation = new Option<string>("--organisation") { Description = "The organisation's short name (slug).", Required = true };
        var hours = new Option<FileInfo>("--hours") { Description = "The CSV file of training hours: employee_id, unit_code, date, hours, activity.", Required = true };
        var from = new Option<string>("--from") { Description = "The first month of the period, YYYY-MM.", Required = true };
        var to = new Option<string>("--to") { Description = "The last month of the period, YYYY-MM.", Required = true };
        var dayFirst = new Option<bool>("--day-first") { Description = "Dates are written day first (31.03.2024, 31/03/2024) instead of ISO (2024-03-31)." };
        var training = new Command("training", "Replace an organisation's imported training hours for a period with the aggregates of one file.")
        {
            organisation, hours, from, to, dayFirst,
        };
        training.SetAction((parse, ct) => CommandLine.WithServicesAsync(async (services, c) =>
        {
            var first = AbsenceCommands.Month(parse.GetValue(from)!, "--from");
            var last = AbsenceCommands.Month(parse.GetValue(to)!, "--to");
            var orgId = await AbsenceCommands.OrganisationAsync(services.GetRequiredService<AppDbContext>(), parse.GetValue(organisation)!, c);
            var request = new TrainingImportRequest(orgId, null, AbsenceCommands.CommandLineRole, first, last,
                parse.GetValue(dayFirst) ? AbsenceDateFormat.DayFirst : AbsenceDateFormat.Iso);
            if (!request.PeriodIsValid)
            {
                throw new CommandFailedException("The period must run forwards and span at most ten years.");
            }

            await using (var stream = AbsenceCommands.Open(parse.GetValue(hours)!))
            {
                var report = await services.GetRequiredService<TrainingImporter>().ImportAsync(request, stream, c);
                foreach (var p in report.Problems)
                {
                    await Console.Error.WriteLineAsync($"{ImportMessages.FileName(p.File)}, row {p.Row}, column {(p.Column.Length == 0 ? "-" : p.Column)}: {ImportMessages.For(p.Reason)}");
                }

                if (report.ProblemTotal > report.Problems.Count)
                {
                    await Console.Error.WriteLineAsync($"… and {report.ProblemTotal - report.Problems.Count} more problems.");
                }

                if (!report.Succeeded)
                {
                    await Console.Error.WriteLineAsync("Nothing was imported; the previous training hours are unchanged.");
                    return 2;
                }

                Console.WriteLine($"Imported {report.Rows} rows into {report.CellsWritten} cells for {first:yyyy-MM} to {last:yyyy-MM}.");
                return 0;
            }
        }, ct));
        return training;
    }
}
