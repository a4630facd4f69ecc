using BenchmarkDotNet.Attributes;
using Paritas.Statistics.DifferenceInDifferences;

namespace Paritas.Benchmarks;

/// <summary>
/// 500 units over 60 months, four go-live cohorts and never-treated units: the full
/// Callaway &amp; Sant'Anna estimation with all aggregations, against the plain 2×2
/// difference of group means (treated vs never treated, after vs before).
/// </summary>
[ShortRunJob]
[MemoryDiagnoser]
public class DidBenchmarks
{
    private const int Units = 500;
    private const int Months = 60;
    private string[] units = [];
    private int[] periods = [];
    private double[] outcomes = [];
    private int[] firstTreated = [];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20240101);
        int[] cohorts = [0, 0, 13, 25, 37, 49];
        var rows = Units * Months;
        units = new string[rows];
        periods = new int[rows];
        outcomes = new double[rows];
        firstTreated = new int[rows];
        for (var u = 0; u < Units; u++)
        {
            var cohort = cohorts[u % cohorts.Length];
            var level = random.NextDouble();
            for (var m = 1; m <= Months; m++)
            {
                var row = u * Months + m - 1;
                units[row] = $"U{u:000}";
                periods[row] = m;
                firstTreated[row] = cohort;
                var effect = cohort > 0 && m >= cohort ? 0.01 : 0;
                outcomes[row] = 0.05 + 0.01 * level + 0.0001 * m + effect + 0.005 * random.NextDouble();
            }
        }
    }

    [Benchmark(Baseline = true)]
    public double PlainTwoByTwo()
    {
        double treatedBefore = 0, treatedAfter = 0, controlBefore = 0, controlAfter = 0;
        int nTreatedBefore = 0, nTreatedAfter = 0, nControlBefore = 0, nControlAfter = 0;
        for (var row = 0; row < outcomes.Length; row++)
        {
            var after = periods[row] >= 37;
            if (firstTreated[row] == 37)
            {
                if (after) { treatedAfter += outcomes[row]; nTreatedAfter++; }
                else { treatedBefore += outcomes[row]; nTreatedBefore++; }
            }
            else if (firstTreated[row] == 0)
            {
                if (after) { controlAfter += outcomes[row]; nControlAfter++; }
                else { controlBefore += outcomes[row]; nControlBefore++; }
            }
        }

        return treatedAfter / nTreatedAfter - treatedBefore / nTreatedBefore - (controlAfter / nControlAfter - controlBefore / nControlBefore);
    }

    [Benchmark]
    public DidResult CallawaySantAnna() =>
        StaggeredDifferenceInDifferences.Estimate(units, periods, outcomes, firstTreated, DidControlGroup.NeverTreated);
}
