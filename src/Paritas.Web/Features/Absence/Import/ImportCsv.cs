using System.Text;
using Sylvan.Data.Csv;

namespace Paritas.Web.Features.Absence.Import;

/// <summary>Opening one of the two files and matching its header; what both readers of the import share.</summary>
internal static class ImportCsv
{
    /// <summary>
    /// The reader positioned after the header, or null with the file's problems (empty file,
    /// missing columns) added to <paramref name="problems"/>. May throw what <see cref="IsUnreadable"/> recognises.
    /// </summary>
    public static CsvDataReader? Open(Stream stream, ImportFile file, IReadOnlyDictionary<string, string> mapping, string[] required, List<ImportProblem> problems, out Dictionary<string, int> ordinals)
    {
        var reader = CsvSource.Open(stream);
        var headers = Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToArray();
        ordinals = [];
        if (headers.Length == 0 || headers.All(string.IsNullOrWhiteSpace))
        {
            problems.Add(new ImportProblem(file, 1, "", ImportProblemReason.EmptyFile));
            reader.Dispose();
            return null;
        }

        ordinals = ImportColumns.Resolve(headers, mapping);
        var before = problems.Count;
        foreach (var column in required)
        {
            if (!ordinals.ContainsKey(column))
            {
                problems.Add(new ImportProblem(file, 1, column, ImportProblemReason.MissingColumn));
            }
        }

        if (problems.Count > before)
        {
            reader.Dispose();
            return null;
        }

        return reader;
    }

    public static bool IsBlank(CsvDataReader reader) => reader.RowFieldCount == 1 && reader.GetFieldSpan(0).IsWhiteSpace();

    /// <summary>A broken file, as opposed to a bug: the exception's message may quote the file, so only the row number is kept.</summary>
    public static bool IsUnreadable(Exception e) =>
        e is CsvFormatException or DecoderFallbackException or IOException or InvalidDataException or CsvRecordTooLargeException;
}
