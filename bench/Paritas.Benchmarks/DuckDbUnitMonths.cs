using System.Globalization;
using DuckDB.NET.Data;

namespace Paritas.Benchmarks;

/// <summary>
/// The reference for the absence import: DuckDB computing the same unit × month table (the total
/// column) straight from the same two CSV files, with the same month splitting and degree rules as
/// far as SQL allows. What it computes, exactly:
/// <list type="bullet">
/// <item>spells are clipped to the declared period; an empty end date runs to the period's end;
/// an empty degree is 100 %;</item>
/// <item>each spell is joined to the employments of the same person in the same unit that overlap
/// it, and each overlap is split into calendar months: days lost = days in the month × degree / 100
/// × that employment's FTE;</item>
/// <item>spells started (all, MSD, psychosocial) count spells starting inside the period, in their
/// start month, once per overlapping employment that covers the start day;</item>
/// <item>available days = Σ FTE × days employed in the unit in the month; headcount = distinct
/// people employed in the unit on at least one day of the month (DESIGN's definition; the importer
/// counts a person who moved once, in their main unit of the month — equal on this data except in
/// the move month).</item>
/// </list>
/// It does not check anything the importer checks (unknown units, spells outside employment,
/// overlapping spells or employments, malformed values): on the generated files none occurs, so
/// both produce the same table, which <see cref="AbsenceImportTiming"/> verifies cell by cell.
/// </summary>
internal static class DuckDbUnitMonths
{
    public static string Sql(string workforcePath, string spellsPath, DateOnly firstMonth, DateOnly lastMonth)
    {
        var first = firstMonth.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var last = lastMonth.AddMonths(1).AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return $$"""
            WITH
            workforce AS (
                SELECT employee_id, unit_code,
                       greatest(start_date, DATE '{{first}}') AS s,
                       least(coalesce(end_date, DATE '{{last}}'), DATE '{{last}}') AS e,
                       fte
                FROM read_csv('{{workforcePath}}', header = true,
                    columns = {'employee_id': 'VARCHAR', 'unit_code': 'VARCHAR', 'start_date': 'DATE', 'end_date': 'DATE', 'fte': 'DOUBLE', 'contract_type': 'VARCHAR'})
                WHERE start_date <= DATE '{{last}}' AND coalesce(end_date, DATE '{{last}}') >= DATE '{{first}}'),
            spells AS (
                SELECT employee_id, unit_code, start_date,
                       greatest(start_date, DATE '{{first}}') AS s,
                       least(coalesce(end_date, DATE '{{last}}'), DATE '{{last}}') AS e,
                       coalesce(degree, 100) / 100.0 AS g, cause
                FROM read_csv('{{spellsPath}}', header = true,
                    columns = {'employee_id': 'VARCHAR', 'unit_code': 'VARCHAR', 'start_date': 'DATE', 'end_date': 'DATE', 'cause': 'VARCHAR', 'degree': 'DOUBLE'})
                WHERE start_date <= DATE '{{last}}' AND coalesce(end_date, DATE '{{last}}') >= DATE '{{first}}'),
            pieces AS (
                SELECT p.unit_code, greatest(p.s, w.s) AS s, least(p.e, w.e) AS e, p.g * w.fte AS weight,
                       p.start_date >= DATE '{{first}}' AND p.start_date BETWEEN w.s AND w.e AS started, p.cause
                FROM spells p JOIN workforce w
                  ON w.employee_id = p.employee_id AND w.unit_code = p.unit_code AND w.s <= p.e AND p.s <= w.e),
            lost AS (
                SELECT unit_code, m AS month,
                       sum((least(e, (m + INTERVAL 1 MONTH - INTERVAL 1 DAY)::DATE) - greatest(s, m) + 1) * weight) AS days_lost
                FROM (SELECT *, unnest(generate_series(date_trunc('month', s), date_trunc('month', e), INTERVAL 1 MONTH))::DATE AS m FROM pieces)
                GROUP BY ALL),
            started AS (
                SELECT unit_code, date_trunc('month', s)::DATE AS month, count(*) AS spells_started,
                       count(*) FILTER (WHERE lower(cause) = 'msd') AS msd_spells_started,
                       count(*) FILTER (WHERE lower(cause) = 'psychosocial') AS psychosocial_spells_started
                FROM pieces WHERE started GROUP BY ALL),
            employed AS (
                SELECT unit_code, m AS month, count(DISTINCT employee_id) AS headcount,
                       sum((least(e, (m + INTERVAL 1 MONTH - INTERVAL 1 DAY)::DATE) - greatest(s, m) + 1) * fte) AS available_days
                FROM (SELECT *, unnest(generate_series(date_trunc('month', s), date_trunc('month', e), INTERVAL 1 MONTH))::DATE AS m FROM workforce)
                GROUP BY ALL)
            SELECT unit_code, month, headcount, available_days, coalesce(days_lost, 0) AS days_lost,
                   coalesce(spells_started, 0) AS spells_started, coalesce(msd_spells_started, 0) AS msd_spells_started,
                   coalesce(psychosocial_spells_started, 0) AS psychosocial_spells_started
            FROM employed LEFT JOIN lost USING (unit_code, month) LEFT JOIN started USING (unit_code, month)
            ORDER BY unit_code, month
            """;
    }

    /// <summary>Runs the query in an in-memory DuckDB and returns (unit code, month) → (available days, days lost, spells started, headcount).</summary>
    public static Dictionary<(string Unit, DateOnly Month), (double AvailableDays, double DaysLost, long SpellsStarted, long Headcount)> Run(string sql)
    {
        using var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
#pragma warning disable CA2100 // the SQL is built here from generated file paths and dates
        command.CommandText = sql;
#pragma warning restore CA2100
        using var reader = command.ExecuteReader();
        var table = new Dictionary<(string, DateOnly), (double, double, long, long)>();
        while (reader.Read())
        {
            var month = DateOnly.FromDateTime(reader.GetDateTime(1));
            table[(reader.GetString(0), month)] = (reader.GetDouble(3), reader.GetDouble(4), Convert.ToInt64(reader.GetValue(5), CultureInfo.InvariantCulture), Convert.ToInt64(reader.GetValue(2), CultureInfo.InvariantCulture));
        }

        return table;
    }
}
