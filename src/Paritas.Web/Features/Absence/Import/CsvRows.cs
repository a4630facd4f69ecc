using System.Text;
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
            using var reader = CsvSource.Open(stream);
            var headers = Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToArray();
            if (headers.Length == 0 || headers.All(string.IsNullOrWhiteSpace))
            {
                problems.Add(file, 1, "", ImportProblemReason.EmptyFile);
                return;
            }

            var ordinals = ImportColumns.Resolve(headers, mapping);
            var missing = required.Where(c => !ordinals.ContainsKey(c)).ToList();
            foreach (var column in missing)
            {
                problems.Add(file, 1, column, ImportProblemReason.MissingColumn);
            }

            if (missing.Count > 0)
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

                if (reader.RowFieldCount == 1 && reader.GetFieldSpan(0).IsWhiteSpace())
                {
                    continue;
                }

                onRow(row);
            }
        }
        catch (Exception e) when (e is CsvFormatException or DecoderFallbackException or IOException or InvalidDataException or CsvRecordTooLargeException)
        {
            // The exception's message may quote the file; only the row number is kept.
            problems.Add(file, row + 1, "", ImportProblemReason.UnreadableFile);
        }
    }

    /// <summary>A field of the current row, empty when the row is short.</summary>
    public static ReadOnlySpan<char> Field(CsvDataReader reader, int ordinal) =>
        ordinal >= 0 && ordinal < reader.RowFieldCount ? reader.GetFieldSpan(ordinal) : [];
}
