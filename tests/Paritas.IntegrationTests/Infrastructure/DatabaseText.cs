using System.Data.Common;
using System.Text;

namespace Paritas.IntegrationTests.Infrastructure;

/// <summary>Everything the database holds, as text, read past the application: what a copy or a backup would give away.</summary>
public static class DatabaseText
{
    /// <summary>SQLite: the bytes of the database file and its journal. PostgreSQL: every row of every table as text.</summary>
    public static async Task<string> ReadAsync(ParitasFactory app)
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

        return dump.ToString();
    }
}
