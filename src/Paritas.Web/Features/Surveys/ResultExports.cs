using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.Extensions.Localization;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Paritas.Web.Features.Surveys;

/// <summary>
/// CSV, XLSX and DOCX of a wave's results, written from the same rows as the page: a hidden cell is
/// written as empty fields and the word for hidden, never as a number.
/// </summary>
public static class ResultExports
{
    public static string[] Headers(IStringLocalizer l) =>
        [l["Unit code"], l["Unit"], l["Group"], l["Measure"], l["Title"], l["Respondents"], l["Mean (0–100)"], l["95% CI lower"], l["95% CI upper"], l["Distribution"], l["Hidden"]];

    private static string?[] Values(ResultRow r, IStringLocalizer l) =>
    [
        r.UnitCode, r.UnitName, r.Group ?? l["All"], r.Measure, r.MeasureTitle,
        r.N?.ToString(CultureInfo.InvariantCulture), Number(r.Mean), Number(r.Lower), Number(r.Upper), r.Distribution,
        r.Suppressed ? l["Hidden to protect individuals"] : "",
    ];

    public static byte[] Csv(IReadOnlyList<ResultRow> rows, IStringLocalizer l)
    {
        var text = new StringBuilder(string.Join(',', Headers(l).Select(TokenLetters.Field))).Append("\r\n");
        foreach (var r in rows)
        {
            text.Append(string.Join(',', Values(r, l).Select(v => TokenLetters.Field(v ?? "")))).Append("\r\n");
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    public static byte[] Xlsx(IReadOnlyList<ResultRow> rows, IStringLocalizer l)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var sheetPart = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            data.Append(Row(Headers(l).Select(h => Text(h))));
            foreach (var r in rows)
            {
                var v = Values(r, l);
                data.Append(Row([Text(v[0]), Text(v[1]), Text(v[2]), Text(v[3]), Text(v[4]), Num(r.N), Num(r.Mean), Num(r.Lower), Num(r.Upper), Text(v[9]), Text(v[10])]));
            }

            sheetPart.Worksheet = new Worksheet(data);
            var sheets = workbook.Workbook.AppendChild(new Sheets());
            sheets.Append(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = "Results" });
            workbook.Workbook.Save();
        }

        return stream.ToArray();
    }

    public static byte[] Docx(string title, string note, IReadOnlyList<ResultRow> rows, IStringLocalizer l)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var body = new W.Body();
            body.Append(Paragraph(title, bold: true), Paragraph(note, bold: false));
            var table = new W.Table(new W.TableProperties(new W.TableBorders(
                new W.TopBorder { Val = W.BorderValues.Single, Size = 4 }, new W.BottomBorder { Val = W.BorderValues.Single, Size = 4 },
                new W.InsideHorizontalBorder { Val = W.BorderValues.Single, Size = 4 })));
            string[] headers = [l["Unit"], l["Group"], l["Title"], l["Respondents"], l["Mean (0–100)"], l["95% confidence interval"]];
            table.Append(new W.TableRow(headers.Select(h => Cell(h, bold: true))));
            foreach (var r in rows)
            {
                table.Append(new W.TableRow(
                    Cell(r.UnitName, false), Cell(r.Group ?? l["All"], false), Cell(r.MeasureTitle, false),
                    Cell(r.Suppressed ? l["Hidden to protect individuals"] : r.N?.ToString(CultureInfo.CurrentCulture) ?? "", false),
                    Cell(r.Suppressed ? "" : r.Mean?.ToString("N1", CultureInfo.CurrentCulture) ?? "–", false),
                    Cell(r.Suppressed || r.Lower is null ? "" : $"{r.Lower.Value.ToString("N1", CultureInfo.CurrentCulture)} – {r.Upper!.Value.ToString("N1", CultureInfo.CurrentCulture)}", false)));
            }

            body.Append(table);
            main.Document = new W.Document(body);
            main.Document.Save();
        }

        return stream.ToArray();
    }

    private static string? Number(double? value) => value?.ToString("0.###", CultureInfo.InvariantCulture);

    private static Row Row(IEnumerable<Cell> cells)
    {
        var row = new Row();
        row.Append(cells);
        return row;
    }

    private static Cell Text(string? value) => new() { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(value ?? "")) };

    private static Cell Num(double? value) => value is { } v
        ? new Cell { DataType = CellValues.Number, CellValue = new CellValue(v.ToString("R", CultureInfo.InvariantCulture)) }
        : new Cell();

    private static W.Paragraph Paragraph(string text, bool bold)
        => new(new W.Run(bold ? new W.RunProperties(new W.Bold()) : new W.RunProperties(), new W.Text(text) { Space = SpaceProcessingModeValues.Preserve }));

    private static W.TableCell Cell(string text, bool bold) => new(Paragraph(text, bold));
}
