using MathNet.Numerics.LinearAlgebra;
using Paritas.Statistics;
using Paritas.Statistics.TimeSeries;

namespace Paritas.UnitTests.Statistics;

/// <summary>
/// No R here to run sandwich::NeweyWest, so the engine's matrix form is checked against the
/// textbook definition computed independently: a naive double sum over all pairs of periods.
/// </summary>
public sealed class NeweyWestTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(12)]
    public void Standard_errors_match_a_naive_double_loop_over_pairs_of_periods(int lag)
    {
        var (counts, exposure, design) = SicilyReference.Load(true, true, ItsFamily.Poisson);

        var result = InterruptedTimeSeries.Fit(counts, exposure, design with { NeweyWestLag = lag });

        var expected = NaiveNeweyWest(counts, exposure, design, result, lag);
        Assert.Equal(lag, result.NeweyWestLag);
        for (var j = 0; j < result.Terms.Count; j++)
        {
            // The engine uses the last IRLS iteration's weights in the bread (as R does) and
            // this check the final fitted means; they differ by the last, tiny, step.
            Close.Relative(Math.Sqrt(expected[j, j]), result.Terms[j].StdError, 1e-5, $"{result.Terms[j].Term} at lag {lag}");
        }
    }

    [Fact]
    public void Lag_zero_is_the_HC0_sandwich()
    {
        var (counts, exposure, design) = SicilyReference.Load(false, false, ItsFamily.Poisson);

        var result = InterruptedTimeSeries.Fit(counts, exposure, design with { NeweyWestLag = 0 });

        var x = DesignMatrix(design, counts.Length, result.Terms.Count);
        var mu = result.Points.Select((p, i) => p.FittedRate * exposure[i]).ToArray();
        var bread = (x.Transpose() * Matrix<double>.Build.Diagonal(mu) * x).Inverse();
        var squared = Matrix<double>.Build.Diagonal(counts.Select((y, i) => (y - mu[i]) * (y - mu[i])).ToArray());
        var hc0 = bread * (x.Transpose() * squared * x) * bread;
        for (var j = 0; j < result.Terms.Count; j++)
        {
            Close.Relative(Math.Sqrt(hc0[j, j]), result.Terms[j].StdError, 1e-5, result.Terms[j].Term);
        }
    }

    [Fact]
    public void The_family_does_not_change_Newey_West_errors_but_keeps_its_dispersion()
    {
        var (counts, exposure, design) = SicilyReference.Load(false, false, ItsFamily.Poisson);

        var poisson = InterruptedTimeSeries.Fit(counts, exposure, design with { NeweyWestLag = 2 });
        var quasi = InterruptedTimeSeries.Fit(counts, exposure, design with { NeweyWestLag = 2, Family = ItsFamily.QuasiPoisson });

        Assert.Equal(poisson.Terms.Select(t => t.StdError), quasi.Terms.Select(t => t.StdError));
        Close.Relative(3.55919463, quasi.Dispersion, 1e-8, "dispersion");
    }

    [Fact]
    public void A_lag_as_long_as_the_series_is_refused()
    {
        var (counts, exposure, design) = SicilyReference.Load(false, false, ItsFamily.Poisson);

        Assert.Throws<AnalysisInputException>(() => InterruptedTimeSeries.Fit(counts, exposure, design with { NeweyWestLag = counts.Length }));
    }

    private static Matrix<double> NaiveNeweyWest(double[] y, double[] exposure, ItsDesign design, ItsResult result, int lag)
    {
        var n = y.Length;
        var p = result.Terms.Count;
        var x = DesignMatrix(design, n, p);
        var mu = result.Points.Select((point, i) => point.FittedRate * exposure[i]).ToArray();
        var information = Matrix<double>.Build.Dense(p, p);
        var meat = Matrix<double>.Build.Dense(p, p);
        for (var i = 0; i < n; i++)
        {
            for (var a = 0; a < p; a++)
            {
                for (var b = 0; b < p; b++)
                {
                    information[a, b] += mu[i] * x[i, a] * x[i, b];
                }
            }

            for (var k = 0; k < n; k++)
            {
                var distance = Math.Abs(i - k);
                var weight = distance <= lag ? 1.0 - distance / (lag + 1.0) : 0.0;
                for (var a = 0; a < p; a++)
                {
                    for (var b = 0; b < p; b++)
                    {
                        meat[a, b] += weight * x[i, a] * (y[i] - mu[i]) * x[k, b] * (y[k] - mu[k]);
                    }
                }
            }
        }

        var bread = information.Inverse();
        return bread * meat * bread;
    }

    // Written out here from the model's definition, not taken from the engine.
    private static Matrix<double> DesignMatrix(ItsDesign design, int n, int p)
    {
        var x = Matrix<double>.Build.Dense(n, p);
        var firstPost = Enumerable.Range(0, n).First(i => design.Post[i]);
        for (var i = 0; i < n; i++)
        {
            var post = design.Post[i] ? 1.0 : 0.0;
            var column = 0;
            x[i, column++] = 1;
            x[i, column++] = post;
            x[i, column++] = design.Time[i];
            for (var k = 1; k <= design.Harmonics; k++)
            {
                x[i, column++] = Math.Sin(2 * Math.PI * k * design.Season![i] / 12);
            }

            for (var k = 1; k <= design.Harmonics; k++)
            {
                x[i, column++] = Math.Cos(2 * Math.PI * k * design.Season![i] / 12);
            }

            if (design.SlopeChange)
            {
                x[i, column] = post * (design.Time[i] - design.Time[firstPost] + 1);
            }
        }

        return x;
    }
}
