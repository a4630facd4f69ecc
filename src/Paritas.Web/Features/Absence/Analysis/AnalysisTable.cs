using System.Globalization;
using Paritas.Statistics;
using Sylvan.Data.Csv;

namespace Paritas.Web.Features.Absence.Analysis;

/// <summary>
/// The columns of a CSV file that an analysis asks for, kept as text until each is parsed
/// as the analysis needs it. Messages name the line and column of a bad cell but never its
/// content: the habit matters more than whether this particular file is sensitive.
/// </summary>
internal sealed class AnalysisTable
{
    private readonly Dictionary<string, string[]> columns;

    private AnalysisTable(Dictionary<string, string[]> columns, int rowCount)
    {
        this.columns = columns;
        RowCount = rowCount;
    }

    public int RowCount { get; }

    /// <summary>Reads the named columns; the delimiter (comma, semicolon, tab) is detected from the header.</summary>
    public static AnalysisTable Read(string path, IReadOnlyCollection<string> names)
    {
        if (!File.Exists(path))
        {
            throw new AnalysisInputException($"The input file '{path}' does not exist.");
        }

        try
        {
            using var reader = CsvDataReader.Create(path, new CsvDataReaderOptions { Culture = CultureInfo.InvariantCulture });
            var header = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var ordinal = reader.FieldCount - 1; ordinal >= 0; ordinal--)
            {
                header[reader.GetName(ordinal)] = ordinal;
            }

            var ordinals = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var name in names.Distinct(StringComparer.Ordinal))
            {
                ordinals[name] = header.TryGetValue(name, out var ordinal)
                    ? ordinal
                    : throw new AnalysisInputException($"The input file has no column '{name}'.");
            }

            var values = ordinals.Keys.ToDictionary(n => n, _ => new List<string>(), StringComparer.Ordinal);
            while (reader.Read())
            {
                foreach (var (name, ordinal) in ordinals)
                {
                    values[name].Add(ordinal < reader.FieldCount ? reader.GetString(ordinal).Trim() : string.Empty);
                }
            }

            var rowCount = values.Count == 0 ? 0 : values.First().Value.Count;
            return new AnalysisTable(values.ToDictionary(v => v.Key, v => v.Value.ToArray(), StringComparer.Ordinal), rowCount);
        }
        catch (IOException exception)
        {
            throw new AnalysisInputException($"The input file '{path}' cannot be read.", exception);
        }
        catch (UnauthorizedAccessException exception)
        {
            throw new AnalysisInputException($"The input file '{path}' cannot be read.", exception);
        }
    }

    public double[] Numbers(string column) => Parse(column, (text, line) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value)
            ? value
            : throw Invalid(line, column, "is not a number"));

    public int[] Integers(string column, bool emptyMeansZero = false) => Parse(column, (text, line) =>
    {
        if (emptyMeansZero && text.Length == 0)
        {
            return 0;
        }

        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            && value == Math.Floor(value) && Math.Abs(value) <= int.MaxValue
            ? (int)value
            : throw Invalid(line, column, "is not a whole number");
    });

    public bool[] Indicators(string column) => Parse(column, (text, line) => text switch
    {
        "0" => false,
        "1" => true,
        _ => throw Invalid(line, column, "must be 0 or 1"),
    });

    public string[] Texts(string column) => Parse(column, (text, line) =>
        text.Length > 0 ? text : throw Invalid(line, column, "is empty"));

    private T[] Parse<T>(string column, Func<string, int, T> parse)
    {
        var texts = columns[column];
        var result = new T[texts.Length];
        for (var row = 0; row < texts.Length; row++)
        {
            // Line 1 is the header.
            result[row] = parse(texts[row], row + 2);
        }

        return result;
    }

    private static AnalysisInputException Invalid(int line, string column, string problem) =>
        new($"Line {line}, column '{column}': the value {problem}.");
}
