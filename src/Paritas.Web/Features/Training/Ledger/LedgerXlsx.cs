using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Paritas.Web.Features.Training.Ledger;

/// <summary>
/// The ledger as a workbook: months, the summary and the equality view, one sheet each. Hidden
/// cells are empty with "hidden" in their last column — the same pattern as the page and the CSV.
/// Strings are written inline, never as formulas.
/// </summary>
public static class LedgerXlsx
{
    public static void Write(LedgerTable table, Stream output)
    {
        ArgumentNullException.ThrowIfNull(table);
        using var document = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        workbook.Workbook = new Workbook();
        var sheets = workbook.Workbook.AppendChild(new Sheets());
        AddSheet(workbook, sheets, 1, "Months", ["unit_code", "group", "month", "hours_owed", "hours_delivered", "people_trained", "suppressed"],
            table.Rows.Select(r => new object?[] { r.UnitCode, r.Group ?? "", r.Month.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture), r.Owed, r.Delivered, r.PeopleTrained, r.Suppressed ? "hidden" : "" }));
        AddSheet(workbook, sheets, 2, "Summary", ["unit_code", "group", "hours_owed", "hours_delivered", "shortfall", "short", "suppressed"],
            table.Summary.Select(r => new object?[] { r.UnitCode, r.Group ?? "", r.Owed, r.Delivered, r.Shortfall, r.FallsShort ? "short" : "", r.Suppressed ? "hidden" : "" }));
        AddSheet(workbook, sheets, 3, "Equality", ["dimension", "group", "hours_delivered_per_person_year", "hours_owed_per_person_year", "share_of_owed", "less_than_others", "suppressed"],
            table.Equality.Select(r => new object?[] { r.Dimension, r.Group ?? "all", r.DeliveredPerPersonYear, r.OwedPerPersonYear, r.ShareOfOwed, r.LessThanOthers ? "less" : "", r.Suppressed ? "hidden" : "" }));
        workbook.Workbook.Save();
    }

    private static void AddSheet(WorkbookPart workbook, Sheets sheets, uint id, string name, string[] header, IEnumerable<object?[]> rows)
    {
        var part = workbook.AddNewPart<WorksheetPart>();
        var data = new SheetData();
        data.AppendChild(Row(header));
        foreach (var row in rows)
        {
            data.AppendChild(Row(row));
        }

        part.Worksheet = new Worksheet(data);
        sheets.AppendChild(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = id, Name = name });
    }

    private static Row Row(IEnumerable<object?> values)
    {
        var row = new Row();
        foreach (var value in values)
        {
            row.AppendChild(value switch
            {
                null => new Cell(),
                double d => new Cell { DataType = CellValues.Number, CellValue = new CellValue(Math.Round(d, 4)) },
                int n => new Cell { DataType = CellValues.Number, CellValue = new CellValue(n) },
                _ => new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(value.ToString() ?? "")) },
            });
        }

        return row;
    }
}
