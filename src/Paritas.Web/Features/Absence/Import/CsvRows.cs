using Sylvan.Data.Csv;

namespace Paritas.Web.Features.Absence.Import;

/// <summary>
/// The reading loop every HR import shares (absence spells and workforce, training hours): open
/// the file, match its header, feed each row to a handler, and turn a broken file into a problem
/// with a row number — never an exception that could quote a value.
/// </summary>
internal static class CsvRows
{
    public static void Read(Stream stream, ImportFile file, IReadOnlyDictionary<string, string> mapping, string[] required, ProblemLog problems, Func<CsvDataReader, Dictionary<string, int>, Action<long>> handler, CancellationToken ct)
    {
        long row = 1;
        try
        {
            var headerProblems = new List<ImportProblem>();
            using var reader = ImportCsv.Open(stream, file, mapping, required, headerProblems, out var ordinals);
            foreach (var p in headerProblems)
            {
                problems.Add(p.File, p.Row, p.Column, p.Reason);
            }

            if (reader is null)
            {
                return;
            }

            var onRow = handler(reader, ordinals);
            while (reader.Read())
            {
                row++;
                if ((row & 0xFFFF) == 0)
                {
                    ct.ThrowIfCancellationRequested();
                }

                if (ImportCsv.IsBlank(reader))
                {
                    continue;
                }

                onRow(row);
            }
        }
        catch (Exception e) when (ImportCsv.IsUnreadable(e))
        {
            // The exception's message may quote the file; only the row number is kept.
            problems.Add(file, row + 1, "", ImportProblemReason.UnreadableFile);
        }
    }

    /// <summary>A field of the current row, empty when the row is short.</summary>
    public static ReadOnlySpan<char> Field(CsvDataReader reader, int ordinal) =>
        ordinal >= 0 && ordinal < reader.RowFieldCount ? reader.GetFieldSpan(ordinal) : [];
}
