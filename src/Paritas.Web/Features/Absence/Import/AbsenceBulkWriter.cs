using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;
using Paritas.Web.Data;

namespace Paritas.Web.Features.Absence.Import;

/// <summary>
/// Replaces an organisation's aggregates for a period in one transaction, with plain ADO.NET
/// (EF Core's SaveChanges is an order of magnitude slower here): prepared statements on SQLite,
/// binary COPY on PostgreSQL. If anything fails, the transaction rolls back and the previous
/// aggregates stay as they were.
/// </summary>
public static class AbsenceBulkWriter
{
    private const string CellColumns = "\"OrganisationId\", \"UnitId\", \"Month\", \"Dimension\", \"GroupCode\", \"Headcount\", \"AvailableDays\", \"DaysLost\", \"SpellsStarted\", \"MsdSpellsStarted\", \"PsychosocialSpellsStarted\"";
    private const string YearColumns = "\"OrganisationId\", \"UnitId\", \"Year\", \"Dimension\", \"GroupCode\", \"Employees\", \"EmployeesWithSpell\"";

    private static readonly string[] CellParameters = ["$o", "$u", "$m", "$d", "$g", "$h", "$a", "$l", "$s", "$msd", "$psy"];
    private static readonly string[] YearParameters = ["$o", "$u", "$y", "$d", "$g", "$e", "$w"];

    private static readonly AsyncLocal<Action?> BeforeCommitHook = new();

    /// <summary>Test seam, for the current async flow only: called after the new aggregates are written, before commit.</summary>
    internal static Action? BeforeCommit
    {
        get => BeforeCommitHook.Value;
        set => BeforeCommitHook.Value = value;
    }

    public static async Task<int> ReplaceAsync(AppDbContext db, Guid organisationId, IReadOnlyList<Guid> unitIds, AbsenceAggregate aggregate, AbsenceImport record, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(aggregate);
        var period = aggregate.Period;
        var (from, to) = (period.First, period.LastMonth);
        var (firstYear, lastYear) = (period.FirstYear, period.FirstYear + period.Years - 1);
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var connection = db.Database.GetDbConnection();
            var raw = transaction.GetDbTransaction();
            if (connection is NpgsqlConnection)
            {
                // Row-level security is forced: the raw commands below must see the same tenant as EF does.
                await TenantSettings.ApplyAsync(db.Tenant, connection, raw, local: true, ct);
            }

            await db.Set<AbsenceCell>().Where(c => c.OrganisationId == organisationId && c.Month >= from && c.Month <= to).ExecuteDeleteAsync(ct);
            await db.Set<AbsenceYearCell>().Where(c => c.OrganisationId == organisationId && c.Year >= firstYear && c.Year <= lastYear).ExecuteDeleteAsync(ct);
            var written = connection switch
            {
                NpgsqlConnection npgsql => await CopyAsync(npgsql, organisationId, unitIds, aggregate, ct),
                SqliteConnection sqlite => Insert(sqlite, (SqliteTransaction)raw, organisationId, unitIds, aggregate),
                _ => throw new NotSupportedException("Only SQLite and PostgreSQL are supported."),
            };
            db.Set<AbsenceImport>().Add(record);
            await db.SaveChangesAsync(ct);
            BeforeCommit?.Invoke();
            await transaction.CommitAsync(ct);
            return written;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static int Insert(SqliteConnection connection, SqliteTransaction transaction, Guid organisationId, IReadOnlyList<Guid> unitIds, AbsenceAggregate a)
    {
        // EF Core stores Guid as upper-case text and DateOnly as yyyy-MM-dd text on SQLite; the raw rows must match.
        var organisation = organisationId.ToString("D").ToUpperInvariant();
        var units = unitIds.Select(u => u.ToString("D").ToUpperInvariant()).ToArray();
        var written = 0;
        using (var cells = connection.CreateCommand())
        {
            cells.Transaction = transaction;
            cells.CommandText = $"INSERT INTO \"{AbsenceModel.CellsTable}\" ({CellColumns}) VALUES ($o, $u, $m, $d, $g, $h, $a, $l, $s, $msd, $psy)";
            var p = CellParameters.Select(n => cells.Parameters.Add(new SqliteParameter { ParameterName = n })).ToArray();
            cells.Prepare();
            p[0].Value = organisation;
            for (var u = 0; u < a.Units; u++)
            {
                p[1].Value = units[u];
                for (var m = 0; m < a.Period.Months; m++)
                {
                    p[2].Value = a.Period.Month(m).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
                    for (var c = 0; c < a.Columns.Count; c++)
                    {
                        var cell = a.Cell(u, m, c);
                        if (a.IsEmpty(cell))
                        {
                            continue;
                        }

                        p[3].Value = a.Columns[c].Dimension;
                        p[4].Value = a.Columns[c].Group;
                        p[5].Value = a.Headcount[cell];
                        p[6].Value = a.AvailableDays[cell];
                        p[7].Value = a.DaysLost[cell];
                        p[8].Value = a.SpellsStarted[cell];
                        p[9].Value = a.MsdSpellsStarted[cell];
                        p[10].Value = a.PsychosocialSpellsStarted[cell];
                        cells.ExecuteNonQuery();
                        written++;
                    }
                }
            }
        }

        using var years = connection.CreateCommand();
        years.Transaction = transaction;
        years.CommandText = $"INSERT INTO \"{AbsenceModel.YearCellsTable}\" ({YearColumns}) VALUES ($o, $u, $y, $d, $g, $e, $w)";
        var q = YearParameters.Select(n => years.Parameters.Add(new SqliteParameter { ParameterName = n })).ToArray();
        years.Prepare();
        q[0].Value = organisation;
        for (var u = 0; u < a.Units; u++)
        {
            q[1].Value = units[u];
            for (var y = 0; y < a.Period.Years; y++)
            {
                q[2].Value = a.Period.FirstYear + y;
                for (var c = 0; c < a.Columns.Count; c++)
                {
                    var cell = a.YearCell(u, y, c);
                    if (a.YearEmployees[cell] == 0)
                    {
                        continue;
                    }

                    q[3].Value = a.Columns[c].Dimension;
                    q[4].Value = a.Columns[c].Group;
                    q[5].Value = a.YearEmployees[cell];
                    q[6].Value = a.YearEmployeesWithSpell[cell];
                    years.ExecuteNonQuery();
                }
            }
        }

        return written;
    }

    private static async Task<int> CopyAsync(NpgsqlConnection connection, Guid organisationId, IReadOnlyList<Guid> unitIds, AbsenceAggregate a, CancellationToken ct)
    {
        // COPY FROM does not run on a table with row-level security, so it fills a temporary
        // table and one INSERT … SELECT moves the rows, checked by the tenant policy.
        await ExecuteAsync(connection, $"""
            CREATE TEMP TABLE absence_cells_in (LIKE "{AbsenceModel.CellsTable}") ON COMMIT DROP;
            CREATE TEMP TABLE absence_years_in (LIKE "{AbsenceModel.YearCellsTable}") ON COMMIT DROP;
            """, ct);
        var written = 0;
        await using (var writer = await connection.BeginBinaryImportAsync($"COPY absence_cells_in ({CellColumns}) FROM STDIN (FORMAT BINARY)", ct))
        {
            for (var u = 0; u < a.Units; u++)
            {
                for (var m = 0; m < a.Period.Months; m++)
                {
                    var month = a.Period.Month(m);
                    for (var c = 0; c < a.Columns.Count; c++)
                    {
                        var cell = a.Cell(u, m, c);
                        if (a.IsEmpty(cell))
                        {
                            continue;
                        }

                        await writer.StartRowAsync(ct);
                        await writer.WriteAsync(organisationId, NpgsqlDbType.Uuid, ct);
                        await writer.WriteAsync(unitIds[u], NpgsqlDbType.Uuid, ct);
                        await writer.WriteAsync(month, NpgsqlDbType.Date, ct);
                        await writer.WriteAsync(a.Columns[c].Dimension, NpgsqlDbType.Varchar, ct);
                        await writer.WriteAsync(a.Columns[c].Group, NpgsqlDbType.Varchar, ct);
                        await writer.WriteAsync(a.Headcount[cell], NpgsqlDbType.Integer, ct);
                        await writer.WriteAsync(a.AvailableDays[cell], NpgsqlDbType.Double, ct);
                        await writer.WriteAsync(a.DaysLost[cell], NpgsqlDbType.Double, ct);
                        await writer.WriteAsync(a.SpellsStarted[cell], NpgsqlDbType.Integer, ct);
                        await writer.WriteAsync(a.MsdSpellsStarted[cell], NpgsqlDbType.Integer, ct);
                        await writer.WriteAsync(a.PsychosocialSpellsStarted[cell], NpgsqlDbType.Integer, ct);
                        written++;
                    }
                }
            }

            await writer.CompleteAsync(ct);
        }

        await using (var writer = await connection.BeginBinaryImportAsync($"COPY absence_years_in ({YearColumns}) FROM STDIN (FORMAT BINARY)", ct))
        {
            for (var u = 0; u < a.Units; u++)
            {
                for (var y = 0; y < a.Period.Years; y++)
                {
                    for (var c = 0; c < a.Columns.Count; c++)
                    {
                        var cell = a.YearCell(u, y, c);
                        if (a.YearEmployees[cell] == 0)
                        {
                            continue;
                        }

                        await writer.StartRowAsync(ct);
                        await writer.WriteAsync(organisationId, NpgsqlDbType.Uuid, ct);
                        await writer.WriteAsync(unitIds[u], NpgsqlDbType.Uuid, ct);
                        await writer.WriteAsync(a.Period.FirstYear + y, NpgsqlDbType.Integer, ct);
                        await writer.WriteAsync(a.Columns[c].Dimension, NpgsqlDbType.Varchar, ct);
                        await writer.WriteAsync(a.Columns[c].Group, NpgsqlDbType.Varchar, ct);
                        await writer.WriteAsync(a.YearEmployees[cell], NpgsqlDbType.Integer, ct);
                        await writer.WriteAsync(a.YearEmployeesWithSpell[cell], NpgsqlDbType.Integer, ct);
                    }
                }
            }

            await writer.CompleteAsync(ct);
        }

        await ExecuteAsync(connection, $"""
            INSERT INTO "{AbsenceModel.CellsTable}" ({CellColumns}) SELECT {CellColumns} FROM absence_cells_in;
            INSERT INTO "{AbsenceModel.YearCellsTable}" ({YearColumns}) SELECT {YearColumns} FROM absence_years_in;
            """, ct);
        return written;
    }

    private static async Task ExecuteAsync(DbConnection connection, string sql, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
#pragma warning disable CA2100 // constant SQL built from table names in this class
        command.CommandText = sql;
#pragma warning restore CA2100
        await command.ExecuteNonQueryAsync(ct);
    }
}
