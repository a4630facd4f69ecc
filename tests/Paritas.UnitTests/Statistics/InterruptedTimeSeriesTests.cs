using Paritas.Statistics;
using Paritas.Statistics.TimeSeries;

namespace Paritas.UnitTests.Statistics;

public sealed class InterruptedTimeSeriesTests
{
    public static TheoryData<string, bool, bool, ItsFamily, int, double, double> Models => new()
    {
        { "M1", false, false, ItsFamily.Poisson, 56, 1, 197.309613 },
        { "M2", false, false, ItsFamily.QuasiPoisson, 56, 3.55919463, 197.309613 },
        { "M3", true, false, ItsFamily.QuasiPoisson, 52, 2.26218641, 117.26612 },
        { "M4", true, true, ItsFamily.QuasiPoisson, 51, 2.27456255, 115.813148 },
    };

    [Theory]
    [MemberData(nameof(Models))]
    public void Sicily_models_reproduce_R_glm(string model, bool seasonal, bool slopeChange, ItsFamily family, int residualDf, double dispersion, double deviance)
    {
        var expected = model switch
        {
            "M1" => SicilyReference.M1,
            "M2" => SicilyReference.M2,
            "M3" => SicilyReference.M3,
            _ => SicilyReference.M4,
        };
        var (counts, exposure, design) = SicilyReference.Load(seasonal, slopeChange, family);

        var result = InterruptedTimeSeries.Fit(counts, exposure, design);

        Assert.Equal(59, result.N);
        Assert.Equal(residualDf, result.ResidualDf);
        // R prints dispersion and deviance to 9 significant digits.
        Close.Relative(dispersion, result.Dispersion, 1e-8, "dispersion");
        Close.Relative(deviance, result.Deviance, 1e-8, "deviance");
        Assert.Equal(expected.Select(e => e.Term), result.Terms.Select(t => t.Term));
        foreach (var (e, actual) in expected.Zip(result.Terms))
        {
            Close.Relative(e.Estimate, actual.Estimate, 1e-6, $"{model} {e.Term} estimate");
            Close.Relative(e.StdError, actual.StdError, 1e-4, $"{model} {e.Term} std. error");
            Close.Relative(e.Exp, actual.ExpEstimate, 1e-6, $"{model} {e.Term} exp(estimate)");
            // The README rounds interval bounds to 6 significant digits.
            Close.Relative(e.Lower, actual.CiLower, 1e-5, $"{model} {e.Term} CI lower");
            Close.Relative(e.Upper, actual.CiUpper, 1e-5, $"{model} {e.Term} CI upper");
            Close.Relative(actual.Estimate / actual.StdError, actual.Z, 1e-12, $"{model} {e.Term} z");
        }
    }

    [Fact]
    public void P_values_are_two_sided_normal()
    {
        var (counts, exposure, design) = SicilyReference.Load(false, false, ItsFamily.QuasiPoisson);

        var level = InterruptedTimeSeries.Fit(counts, exposure, design).Terms.Single(t => t.Term == "level_change");

        // z = -0.1116284426 / 0.032495945 = -3.43515; 2·Φ(-3.43515) ≈ 0.000592 (normal table).
        Assert.InRange(level.Z, -3.4352, -3.4351);
        Assert.InRange(level.PValue, 0.000590, 0.000594);
    }

    [Fact]
    public void Counterfactual_drops_the_level_change_and_fitted_rates_follow_the_model()
    {
        var (counts, exposure, design) = SicilyReference.Load(false, false, ItsFamily.QuasiPoisson);

        var result = InterruptedTimeSeries.Fit(counts, exposure, design);

        var beta = result.Terms.ToDictionary(t => t.Term, t => t.Estimate);
        var first = result.Points[0];
        var last = result.Points[^1];
        Close.Relative(Math.Exp(beta["intercept"] + beta["time"] * 1), first.FittedRate, 1e-12, "fitted rate, period 1");
        Close.Relative(first.FittedRate, first.CounterfactualRate, 1e-12, "counterfactual before go-live");
        Close.Relative(Math.Exp(beta["intercept"] + beta["time"] * 59), last.CounterfactualRate, 1e-12, "counterfactual at period 59");
        Close.Relative(last.CounterfactualRate * Math.Exp(beta["level_change"]), last.FittedRate, 1e-12, "fitted at period 59");
        Assert.All(result.Points, p => Assert.True(p.FittedLower < p.FittedRate && p.FittedRate < p.FittedUpper));
        Assert.All(result.Points, p => Assert.True(p.CounterfactualLower < p.CounterfactualRate && p.CounterfactualRate < p.CounterfactualUpper));
        Close.Relative(728 / 379875.3, first.ObservedRate, 1e-12, "observed rate");
    }

    [Fact]
    public void A_series_too_short_for_its_terms_is_refused()
    {
        var design = new ItsDesign([1, 2, 3, 4], [false, false, true, true]) { SlopeChange = true };

        var error = Assert.Throws<AnalysisInputException>(() => InterruptedTimeSeries.Fit([10, 12, 9, 11], [100, 100, 100, 100], design));

        Assert.Contains("too short", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_series_without_periods_after_the_intervention_is_refused()
    {
        var design = new ItsDesign([1, 2, 3, 4, 5, 6], [false, false, false, false, false, true]);

        var error = Assert.Throws<AnalysisInputException>(() => InterruptedTimeSeries.Fit([10, 12, 9, 11, 10, 12], [100, 100, 100, 100, 100, 100], design));

        Assert.Contains("at least two on each side", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_constant_time_column_makes_a_singular_design()
    {
        var design = new ItsDesign([5, 5, 5, 5, 5, 5], [false, false, false, true, true, true]);

        var error = Assert.Throws<AnalysisInputException>(() => InterruptedTimeSeries.Fit([10, 12, 9, 11, 10, 12], [100, 100, 100, 100, 100, 100], design));

        Assert.Contains("singular", error.Message, StringComparison.Ordinal);
        Assert.Contains("'time'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Zero_counts_after_go_live_are_refused()
    {
        // The level change would drift to minus infinity while the deviance settles.
        var design = new ItsDesign([1, 2, 3, 4, 5, 6, 7, 8], [false, false, false, false, true, true, true, true]) { Family = ItsFamily.Poisson };

        var error = Assert.Throws<AnalysisInputException>(() => InterruptedTimeSeries.Fit([10, 12, 9, 11, 0, 0, 0, 0], [100, 100, 100, 100, 100, 100, 100, 100], design));

        Assert.Contains("after the intervention are zero", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_fit_that_runs_out_of_iterations_reports_non_convergence()
    {
        var (counts, exposure, _) = SicilyReference.Load(false, false, ItsFamily.Poisson);
        var x = MathNet.Numerics.LinearAlgebra.Matrix<double>.Build.Dense(counts.Length, 2, (i, j) => j == 0 ? 1 : i + 1);
        var offset = exposure.Select(e => Math.Log(e)).ToArray();

        var error = Assert.Throws<AnalysisInputException>(() => { PoissonGlm.Fit(x, counts, offset, ["intercept", "time"], maxIterations: 1); });

        Assert.Contains("did not converge in 1 iterations", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Negative_counts_are_refused()
    {
        var design = new ItsDesign([1, 2, 3, 4, 5, 6], [false, false, false, true, true, true]);

        Assert.Throws<AnalysisInputException>(() => InterruptedTimeSeries.Fit([10, -1, 9, 11, 10, 12], [100, 100, 100, 100, 100, 100], design));
    }
}
