using System.Globalization;

namespace Paritas.Web.Features.Training.Ledger;

/// <summary>The ledger's months as CSV; a hidden cell's row keeps its keys and carries empty values.</summary>
public static class LedgerCsv
{
    public const string Header = "unit_code,group,month,hours_owed,hours_delivered,people_trained,suppressed";

    public static async Task WriteAsync(LedgerTable table, TextWriter output, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(output);
        await output.WriteLineAsync(Header.AsMemory(), ct);
        var i = CultureInfo.InvariantCulture;
        foreach (var r in table.Rows)
        {
            var values = r.Suppressed
                ? ",,"
                : string.Join(',', r.Owed!.Value.ToString("0.##", i), r.Delivered!.Value.ToString("0.##", i), r.PeopleTrained?.ToString(i) ?? "");
            var line = $"{Quote(r.UnitCode)},{Quote(r.Group ?? "")},{r.Month.ToString("yyyy-MM", i)},{values},{(r.Suppressed ? "true" : "false")}";
            await output.WriteLineAsync(line.AsMemory(), ct);
        }
    }

    // Unit and group codes come from administrators; quote them so a comma or a formula prefix cannot break the file.
    public static string Quote(string value) =>
        value.IndexOfAny([',', '"', '\n', '\r']) >= 0 || (value.Length > 0 && value[0] is '=' or '+' or '-' or '@')
            ? "\"" + (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' ? "'" : "") + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : value;
}
