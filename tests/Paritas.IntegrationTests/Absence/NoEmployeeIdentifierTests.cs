using System.Data.Common;
using System.Text;
using Paritas.Web.Features.Accounts;

namespace Paritas.IntegrationTests.Absence;

/// <summary>P1: after imports that succeed and imports that fail, no employee identifier is in the database, the logs or the page.</summary>
public sealed class NoEmployeeIdentifierTests(LogCapturingFactory app) : IClassFixture<LogCapturingFactory>
{
    [Fact]
    public async Task No_employee_identifier_reaches_the_database_the_logs_or_the_report()
    {
        var org = await app.CreateOrganisationAsync();
        await AbsenceData.ArrangeUnitsAsync(app, org);
        var employer = await app.SignInAsAsync(Role.EmployerRepresentative, org);
        var pages = new StringBuilder();
        pages.Append(await (await AbsenceData.UploadAsync(employer, AbsenceData.Workforce(), AbsenceData.Spells())).Content.ReadAsStringAsync());
        pages.Append(await (await AbsenceData.UploadAsync(employer, AbsenceData.Workforce(), AbsenceData.Spells($"{AbsenceData.IdPrefix}999,BIG,2024-01-02,2024-01-03,msd,\n{AbsenceData.IdPrefix}000,BIG,2024-01-06,2024-01-07,msd,\n"))).Content.ReadAsStringAsync());
        pages.Append(await (await AbsenceData.UploadAsync(employer, AbsenceData.Workforce(), "\"" + AbsenceData.IdPrefix + "\u0000")).Content.ReadAsStringAsync());
        Assert.Contains("The spell overlaps another spell of the same person.", pages.ToString(), StringComparison.Ordinal);

        Assert.DoesNotContain(AbsenceData.IdPrefix, pages.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(app.Logs.Lines, l => l.Contains(AbsenceData.IdPrefix, StringComparison.Ordinal));
        Assert.DoesNotContain(AbsenceData.IdPrefix, await DatabaseAsTextAsync(), StringComparison.Ordinal);
    }

    /// <summary>SQLite: the bytes of the database file and its journal. PostgreSQL: every row of every table as text.</summary>
    private async Task<string> DatabaseAsTextAsync()
    {
        await using var connection = app.Database.OpenRaw();
        if (!app.Database.IsPostgres)
        {
            await using (var checkpoint = connection.CreateCommand())
            {
                checkpoint.CommandText = "PRAGMA wal_checkpoint(TRUNCATE)";
                await checkpoint.ExecuteNonQueryAsync();
            }

            var file = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(app.Database.ConnectionString).DataSource;
            var text = new StringBuilder();
            foreach (var path in Directory.GetFiles(Path.GetDirectoryName(file)!))
            {
                await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
                using var reader = new StreamReader(stream, Encoding.Latin1);
                text.Append(await reader.ReadToEndAsync());
            }

            return text.ToString();
        }

        var tables = new List<string>();
        await using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'";
            await using var r = await list.ExecuteReaderAsync();
            while (await r.ReadAsync())
            {
                tables.Add(r.GetString(0));
            }
        }

        var dump = new StringBuilder();
        foreach (var table in tables)
        {
            await using var command = connection.CreateCommand();
#pragma warning disable CA2100 // table names come from the catalogue
            command.CommandText = $"SELECT t::text FROM \"{table}\" t";
#pragma warning restore CA2100
            await using DbDataReader r = await command.ExecuteReaderAsync();
            while (await r.ReadAsync())
            {
                dump.AppendLine(r.GetString(0));
            }
        }

        Assert.Contains("AbsenceCells", tables);
        return dump.ToString();
    }
}
