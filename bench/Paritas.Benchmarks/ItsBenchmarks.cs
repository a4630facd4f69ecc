using BenchmarkDotNet.Attributes;
using MathNet.Numerics.Distributions;
using MathNet.Numerics.LinearAlgebra;
using Paritas.Statistics.TimeSeries;

namespace Paritas.Benchmarks;

/// <summary>
/// A 60-month absence series with go-live in month 37: the full quasi-Poisson ITS with two
/// harmonics and a slope change, against one ordinary least-squares solve of the same design
/// on log rates (the least any regression of this size can cost).
/// </summary>
[ShortRunJob]
[MemoryDiagnoser]
public class ItsBenchmarks
{
    private const int Months = 60;
    private double[] counts = [];
    private double[] exposure = [];
    private ItsDesign design = null!;
    private Matrix<double> x = null!;
    private Vector<double> logRates = null!;

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20240101);
        var time = Enumerable.Range(1, Months).Select(t => (double)t).ToArray();
        var post = time.Select(t => t >= 37).ToArray();
        var month = time.Select(t => (t - 1) % 12 + 1).ToArray();
        exposure = time.Select(_ => 20_000.0 + random.Next(0, 500)).ToArray();
        counts = time.Select((t, i) =>
        {
            var rate = 0.05 * Math.Exp(0.002 * t - (post[i] ? 0.1 : 0) + 0.05 * Math.Sin(2 * Math.PI * month[i] / 12));
            return (double)Poisson.Sample(random, rate * exposure[i]);
        }).ToArray();
        design = new ItsDesign(time, post) { Season = month, Harmonics = 2, SlopeChange = true };

        x = Matrix<double>.Build.Dense(Months, 8, (i, j) => j switch
        {
            0 => 1,
            1 => post[i] ? 1 : 0,
            2 => time[i],
            3 => Math.Sin(2 * Math.PI * month[i] / 12),
            4 => Math.Sin(4 * Math.PI * month[i] / 12),
            5 => Math.Cos(2 * Math.PI * month[i] / 12),
            6 => Math.Cos(4 * Math.PI * month[i] / 12),
            _ => post[i] ? time[i] - 36 : 0,
        });
        logRates = Vector<double>.Build.Dense(Months, i => Math.Log(counts[i] / exposure[i]));
    }

    [Benchmark(Baseline = true)]
    public Vector<double> OrdinaryLeastSquares() => x.QR().Solve(logRates);

    [Benchmark]
    public ItsResult QuasiPoissonIts() => InterruptedTimeSeries.Fit(counts, exposure, design);
}
