using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.Extensions.Localization;

namespace Paritas.Web.Features.Assessments;

/// <summary>A change's mitigation actions as a spreadsheet, one row per action, to plan and follow them up.</summary>
public static class ActionPlanWorkbook
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static byte[] Build(string changeTitle, IReadOnlyList<ActionRow> actions, IStringLocalizer l)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, DocumentFormat.OpenXml.SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var sheetPart = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            sheetPart.Worksheet = new Worksheet(
                new Columns(
                    new Column { Min = 1U, Max = 1U, Width = 60, CustomWidth = true },
                    new Column { Min = 2U, Max = 2U, Width = 36, CustomWidth = true },
                    new Column { Min = 3U, Max = 6U, Width = 18, CustomWidth = true }),
                data);

            uint index = 1;
            data.Append(Row(index++, changeTitle));
            data.Append(Row(index++, l["Measure"], l["Section"], l["Owner"], l["Due"], l["Budget"], l["Status"]));
            foreach (var a in actions)
            {
                var row = Row(
                    index,
                    a.Measure,
                    a.SectionKey is { } key && AssessmentInstruments.Current.Section(key) is { } s ? AssessmentInstrument.In(s.Title) : "",
                    l[AssessmentNames.Of(a.OwnerSide)],
                    a.DueOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "");
                row.Append(a.Budget is { } budget
                    ? new Cell { CellReference = "E" + index.ToString(CultureInfo.InvariantCulture), CellValue = new CellValue(budget) }
                    : Text("E", index, ""));
                row.Append(Text("F", index, l[AssessmentNames.Of(a.Status)] + (a.Overdue ? " – " + l["Overdue"] : "")));
                data.Append(row);
                index++;
            }

            var name = new string([.. l["Action plan"].Value.Where(c => !"[]:*?/\\".Contains(c, StringComparison.Ordinal))]);
            workbook.Workbook.Append(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1U, Name = name.Length > 31 ? name[..31] : name }));
            workbook.Workbook.Save();
        }

        return stream.ToArray();
    }

    private static Row Row(uint index, params string[] values)
    {
        var row = new Row { RowIndex = index };
        for (var i = 0; i < values.Length; i++)
        {
            row.Append(Text(((char)('A' + i)).ToString(), index, values[i]));
        }

        return row;
    }

    // Inline strings keep the workbook to one part per sheet; a shared-string table saves nothing at this size.
    private static Cell Text(string column, uint row, string value)
        => new() { CellReference = column + row.ToString(CultureInfo.InvariantCulture), DataType = CellValues.InlineString, InlineString = new InlineString(new Text(value)) };
}
