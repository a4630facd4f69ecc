using System.Globalization;

namespace Paritas.Web.Features.Absence.Indicators;

/// <summary>The indicators as CSV; a hidden cell's row keeps its keys and carries empty values.</summary>
public static class IndicatorCsv
{
    public const string Header = "unit_code,group,month,headcount,available_days,days_lost,absence_rate,spells_started,msd_spells_started,psychosocial_spells_started,suppressed";

    public static async Task WriteAsync(IndicatorTable table, TextWriter output, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(output);
        await output.WriteLineAsync(Header.AsMemory(), ct);
        var i = CultureInfo.InvariantCulture;
        foreach (var r in table.Rows)
        {
            var values = r.Suppressed
                ? ",,,,,,"
                : string.Join(',',
                    r.Headcount!.Value.ToString(i),
                    r.AvailableDays!.Value.ToString("0.###", i),
                    r.DaysLost!.Value.ToString("0.###", i),
                    r.AbsenceRate?.ToString("0.######", i) ?? "",
                    r.SpellsStarted!.Value.ToString(i),
                    r.MsdSpellsStarted!.Value.ToString(i),
                    r.PsychosocialSpellsStarted!.Value.ToString(i));
            var line = $"{Quote(r.UnitCode)},{Quote(r.Group ?? "")},{r.Month.ToString("yyyy-MM", i)},{values},{(r.Suppressed ? "true" : "false")}";
            await output.WriteLineAsync(line.AsMemory(), ct);
        }
    }

    // Unit codes come from administrators; quote them so a comma or a formula prefix cannot break the file.
    internal static string Quote(string value) =>
        value.IndexOfAny([',', '"', '\n', '\r']) >= 0 || (value.Length > 0 && value[0] is '=' or '+' or '-' or '@')
            ? "\"" + (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' ? "'" : "") + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : value;
}
