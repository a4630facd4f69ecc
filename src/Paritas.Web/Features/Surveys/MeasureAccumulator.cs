namespace Paritas.Web.Features.Surveys;

/// <summary>Sums for one cell and one measure while a wave is being aggregated.</summary>
public sealed class MeasureAccumulator
{
    public int N { get; private set; }

    public double Sum { get; private set; }

    public double SumOfSquares { get; private set; }

    public SortedDictionary<int, int> Options { get; } = [];

    public void Add(double? score, int? option)
    {
        if (score is null && option is null)
        {
            return;
        }

        N++;
        if (score is { } s)
        {
            Sum += s;
            SumOfSquares += s * s;
        }

        if (option is { } o)
        {
            Options[o] = Options.GetValueOrDefault(o) + 1;
        }
    }

    public void Add(MeasureAccumulator other)
    {
        N += other.N;
        Sum += other.Sum;
        SumOfSquares += other.SumOfSquares;
        foreach (var (o, c) in other.Options)
        {
            Options[o] = Options.GetValueOrDefault(o) + c;
        }
    }

    public string OptionText => string.Join(';', Options.Select(o => $"{o.Key}:{o.Value}"));

    public static IReadOnlyDictionary<int, int> ParseOptions(string text)
        => text.Split(';', StringSplitOptions.RemoveEmptyEntries).Select(p => p.Split(':'))
            .Where(p => p.Length == 2 && int.TryParse(p[0], System.Globalization.CultureInfo.InvariantCulture, out _) && int.TryParse(p[1], System.Globalization.CultureInfo.InvariantCulture, out _))
            .ToDictionary(p => int.Parse(p[0], System.Globalization.CultureInfo.InvariantCulture), p => int.Parse(p[1], System.Globalization.CultureInfo.InvariantCulture));
}
