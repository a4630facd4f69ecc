using System.Globalization;
using Microsoft.EntityFrameworkCore;

namespace Paritas.IntegrationTests.Security;

/// <summary>Every row of every table, read past the application (as the database owner), to prove nothing changed.</summary>
internal static class DatabaseSnapshot
{
    public static async Task<IReadOnlyDictionary<string, IReadOnlyList<string>>> TakeAsync(ParitasFactory app, ISet<string> skipTables, ISet<string> skipColumns)
    {
        var tables = await app.WithScopeAsync((_, db) => Task.FromResult(
            db.Model.GetEntityTypes().Select(t => t.GetTableName()).OfType<string>().Distinct().Order(StringComparer.Ordinal).ToList()));
        var snapshot = new SortedDictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        await using var connection = app.Database.OpenRaw();
        foreach (var table in tables.Where(t => !skipTables.Contains(t)))
        {
            await using var command = connection.CreateCommand();
#pragma warning disable CA2100 // table names come from the model
            command.CommandText = $"SELECT * FROM \"{table}\"";
#pragma warning restore CA2100
            await using var reader = await command.ExecuteReaderAsync();
            var rows = new List<string>();
            while (await reader.ReadAsync())
            {
                var cells = Enumerable.Range(0, reader.FieldCount)
                    .Where(i => !skipColumns.Contains(table + "." + reader.GetName(i)))
                    .Select(i => reader.GetName(i) + "=" + Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture));
                rows.Add(string.Join("|", cells));
            }

            rows.Sort(StringComparer.Ordinal);
            snapshot[table] = rows;
        }

        return snapshot;
    }

    public static void AssertUnchanged(IReadOnlyDictionary<string, IReadOnlyList<string>> before, IReadOnlyDictionary<string, IReadOnlyList<string>> after, string during)
    {
        Assert.Equal(before.Keys, after.Keys);
        foreach (var (table, rows) in before)
        {
            var now = after[table];
            Assert.True(rows.SequenceEqual(now), $"Table {table} changed during {during}: {rows.Count} rows before, {now.Count} after; first difference: {rows.Except(now).Concat(now.Except(rows)).FirstOrDefault()}");
        }
    }
}
