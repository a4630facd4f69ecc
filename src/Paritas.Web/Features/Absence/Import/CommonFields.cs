using Sylvan.Data.Csv;

namespace Paritas.Web.Features.Absence.Import;

/// <summary>
/// The four fields both files begin with — who, in which unit, from and to — read and checked the
/// same way for both, straight from the reader's buffer, without allocating.
/// </summary>
internal sealed class CommonFields
{
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> units;
    private readonly AbsenceDateFormat format;
    private readonly int id;
    private readonly int unit;
    private readonly int start;
    private readonly int end;

    public CommonFields(Dictionary<string, int> units, AbsenceDateFormat format, Dictionary<string, int> ordinals)
    {
        this.units = units.GetAlternateLookup<ReadOnlySpan<char>>();
        this.format = format;
        (id, unit, start, end) = (ordinals[ImportColumns.EmployeeId], ordinals[ImportColumns.UnitCode], ordinals[ImportColumns.StartDate], ordinals[ImportColumns.EndDate]);
    }

    /// <summary>Null when the four fields are good; otherwise the reason and the column, never the value.</summary>
    /// <param name="openEnd">The end day of a row with an empty end date.</param>
    public ImportProblemReason? Read(CsvDataReader reader, int openEnd, out ReadOnlySpan<char> employee, out int unitIndex, out int from, out int to, out string column)
    {
        employee = Field(reader, id).Trim();
        (unitIndex, from, to, column) = (-1, 0, openEnd, "");
        if (employee.IsEmpty)
        {
            column = ImportColumns.EmployeeId;
            return ImportProblemReason.MissingEmployeeId;
        }

        if (!units.TryGetValue(Field(reader, unit).Trim(), out unitIndex))
        {
            column = ImportColumns.UnitCode;
            return ImportProblemReason.UnknownUnit;
        }

        if (!FieldParser.TryDate(Field(reader, start), format, out from))
        {
            column = ImportColumns.StartDate;
            return ImportProblemReason.BadDate;
        }

        if (Field(reader, end).Trim() is { IsEmpty: false } endText && !FieldParser.TryDate(endText, format, out to))
        {
            column = ImportColumns.EndDate;
            return ImportProblemReason.BadDate;
        }

        if (to < from)
        {
            column = ImportColumns.EndDate;
            return ImportProblemReason.EndBeforeStart;
        }

        return null;
    }

    /// <summary>A field of the current row, empty when the row is shorter than the header.</summary>
    public static ReadOnlySpan<char> Field(CsvDataReader reader, int ordinal) =>
        ordinal < reader.RowFieldCount ? reader.GetFieldSpan(ordinal) : [];
}
