using System.Globalization;

namespace Paritas.UnitTests.Statistics;

/// <summary>The R reference data sets, copied next to the tests by the project file.</summary>
internal sealed class ReferenceCsv
{
    private readonly string[] header;
    private readonly string[][] rows;

    private ReferenceCsv(string[] header, string[][] rows)
    {
        this.header = header;
        this.rows = rows;
    }

    public static string PathOf(string fileName) => Path.Combine(AppContext.BaseDirectory, "reference", fileName);

    public static ReferenceCsv Load(string fileName)
    {
        var lines = File.ReadAllLines(PathOf(fileName)).Where(l => l.Length > 0).ToArray();
        return new ReferenceCsv(lines[0].Split(','), lines.Skip(1).Select(l => l.Split(',')).ToArray());
    }

    public double[] Numbers(string column)
    {
        var index = Array.IndexOf(header, column);
        Assert.True(index >= 0, $"column {column} missing");
        return rows.Select(r => double.Parse(r[index], CultureInfo.InvariantCulture)).ToArray();
    }

    public string[] Texts(string column)
    {
        var index = Array.IndexOf(header, column);
        Assert.True(index >= 0, $"column {column} missing");
        return rows.Select(r => r[index]).ToArray();
    }
}
