using MathNet.Numerics.Distributions;
using MathNet.Numerics.LinearAlgebra;

namespace Paritas.Statistics.TimeSeries;

/// <summary>
/// Segmented Poisson regression for an interrupted time series (Lopez Bernal, Cummins &amp;
/// Gasparrini 2017): log(E[count]) = log(exposure) + intercept + level_change·post + time
/// + Fourier seasonality + slope_change·post·(time − t₀ + 1). Term order follows R's glm.
/// </summary>
public static class InterruptedTimeSeries
{
    private const string LevelChange = "level_change";
    private const string SlopeChange = "slope_change";
    private const string GroupLevelChange = "group_level_change";
    private const string GroupSlopeChange = "group_slope_change";

    public static ItsResult Fit(ReadOnlySpan<double> counts, ReadOnlySpan<double> exposure, ItsDesign design)
    {
        ArgumentNullException.ThrowIfNull(design);
        var columns = BuildColumns(counts.Length, design);
        if (design.NeweyWestLag is { } lag)
        {
            ValidateNeweyWest(design.Time, lag);
        }

        return Estimate(counts, exposure, design, columns, [LevelChange, SlopeChange]);
    }

    /// <summary>
    /// Controlled ITS: the intervention's effect is estimated against the comparison series'
    /// own change at the same date. Newey–West is not offered here because the stacked rows
    /// are not one time series.
    /// </summary>
    public static ItsResult FitControlled(ReadOnlySpan<double> counts, ReadOnlySpan<double> exposure, ControlledItsDesign design)
    {
        ArgumentNullException.ThrowIfNull(design);
        var rows = design.Rows;
        if (design.Intervention.Count != counts.Length)
        {
            throw new AnalysisInputException($"The intervention indicator has {design.Intervention.Count} values for {counts.Length} counts.");
        }

        if (rows.NeweyWestLag is not null)
        {
            throw new AnalysisInputException("Newey–West standard errors need a single series; they are not available for a controlled interrupted time series.");
        }

        var columns = BuildColumns(counts.Length, rows);
        var group = design.Intervention.Select(v => v ? 1.0 : 0.0).ToArray();
        var interactions = new List<(string Name, double[] Values)> { ("group", group) };
        foreach (var (name, source) in new[] { (GroupLevelChange, LevelChange), ("group_time", "time"), (GroupSlopeChange, SlopeChange) })
        {
            var column = columns.FirstOrDefault(c => c.Name == source);
            if (column.Values is not null)
            {
                interactions.Add((name, column.Values.Select((v, i) => v * group[i]).ToArray()));
            }
        }

        columns.AddRange(interactions);
        return Estimate(counts, exposure, rows, columns, [GroupLevelChange, GroupSlopeChange]);
    }

    private static List<(string Name, double[] Values)> BuildColumns(int n, ItsDesign design)
    {
        if (design.Time.Count != n || design.Post.Count != n)
        {
            throw new AnalysisInputException($"Time has {design.Time.Count} values and post {design.Post.Count} for {n} counts; they must match.");
        }

        var time = design.Time.ToArray();
        if (time.Any(t => !double.IsFinite(t)))
        {
            throw new AnalysisInputException("Time must be a finite number in every period.");
        }

        var post = design.Post.Select(v => v ? 1.0 : 0.0).ToArray();
        var columns = new List<(string Name, double[] Values)>
        {
            ("intercept", Enumerable.Repeat(1.0, n).ToArray()),
            (LevelChange, post),
            ("time", time),
        };

        if (design.Harmonics < 0)
        {
            throw new AnalysisInputException("The number of harmonics cannot be negative.");
        }

        if (design.Harmonics > 0)
        {
            var season = design.Season ?? throw new AnalysisInputException("Seasonal terms need a season column.");
            if (season.Count != n || season.Any(s => !double.IsFinite(s)))
            {
                throw new AnalysisInputException("The season column must have a finite value for every period.");
            }

            if (!(design.Period > 0) || 2 * design.Harmonics > design.Period)
            {
                throw new AnalysisInputException("The period must be positive and at least twice the number of harmonics.");
            }

            // R's model matrix puts all sines before all cosines (sin1, sin2, …, cos1, cos2, …).
            for (var k = 1; k <= design.Harmonics; k++)
            {
                var frequency = 2 * Math.PI * k / design.Period;
                columns.Add(($"sin{k}", season.Select(s => Math.Sin(frequency * s)).ToArray()));
            }

            for (var k = 1; k <= design.Harmonics; k++)
            {
                var frequency = 2 * Math.PI * k / design.Period;
                columns.Add(($"cos{k}", season.Select(s => Math.Cos(frequency * s)).ToArray()));
            }
        }

        if (design.SlopeChange)
        {
            var firstPost = Enumerable.Range(0, n).Where(i => post[i] > 0).Select(i => time[i]).DefaultIfEmpty(double.NaN).Min();
            columns.Add((SlopeChange, Enumerable.Range(0, n).Select(i => post[i] * (time[i] - firstPost + 1)).ToArray()));
        }

        var before = post.Count(v => v == 0);
        var after = n - before;
        if (before < 2 || after < 2)
        {
            throw new AnalysisInputException($"The series has {before} period(s) before and {after} after the intervention; at least two on each side are needed.");
        }

        return columns;
    }

    private static void ValidateNeweyWest(IReadOnlyList<double> time, int lag)
    {
        if (lag < 0 || lag >= time.Count)
        {
            throw new AnalysisInputException($"The Newey–West lag must be between 0 and {time.Count - 1}.");
        }

        for (var i = 1; i < time.Count; i++)
        {
            if (!(time[i] > time[i - 1]))
            {
                throw new AnalysisInputException("Newey–West standard errors need the periods in increasing time order.");
            }
        }
    }

    private static ItsResult Estimate(
        ReadOnlySpan<double> counts,
        ReadOnlySpan<double> exposure,
        ItsDesign design,
        List<(string Name, double[] Values)> columns,
        string[] interventionTerms)
    {
        var n = counts.Length;
        var p = columns.Count;
        if (exposure.Length != n)
        {
            throw new AnalysisInputException($"There are {n} counts but {exposure.Length} exposure values.");
        }

        if (n <= p)
        {
            throw new AnalysisInputException($"The series is too short: {n} periods for {p} terms; at least {p + 1} are needed.");
        }

        var offset = new double[n];
        for (var i = 0; i < n; i++)
        {
            if (!double.IsFinite(counts[i]) || counts[i] < 0)
            {
                throw new AnalysisInputException($"Counts must be non-negative numbers (period {i + 1}).");
            }

            if (!double.IsFinite(exposure[i]) || exposure[i] <= 0)
            {
                throw new AnalysisInputException($"Exposure must be a positive number (period {i + 1}).");
            }

            offset[i] = Math.Log(exposure[i]);
        }

        // With no events on one side the level change runs off to ±∞ while the deviance
        // still settles, so IRLS would "converge" on a meaningless estimate.
        var level = columns.Single(c => c.Name == LevelChange).Values;
        double countsBefore = 0, countsAfter = 0;
        for (var i = 0; i < n; i++)
        {
            if (level[i] > 0)
            {
                countsAfter += counts[i];
            }
            else
            {
                countsBefore += counts[i];
            }
        }

        if (countsBefore == 0 || countsAfter == 0)
        {
            throw new AnalysisInputException($"All counts {(countsBefore == 0 ? "before" : "after")} the intervention are zero; a level change cannot be estimated.");
        }

        if (design.ConfidenceLevel is <= 0 or >= 1)
        {
            throw new AnalysisInputException("The confidence level must be between 0 and 1.");
        }

        var names = columns.Select(c => c.Name).ToArray();
        var x = Matrix<double>.Build.Dense(n, p, (i, j) => columns[j].Values[i]);
        var fit = PoissonGlm.Fit(x, counts, offset, names);

        var residualDf = n - p;
        var dispersion = design.Family == ItsFamily.QuasiPoisson ? fit.PearsonChiSquare / residualDf : 1.0;
        var covariance = design.NeweyWestLag is { } lag
            ? NeweyWestCovariance.Compute(x, counts, fit.Mean, fit.UnscaledCovariance, lag)
            : fit.UnscaledCovariance * dispersion;

        var critical = Normal.InvCDF(0, 1, 1 - (1 - design.ConfidenceLevel) / 2);
        var terms = new ItsTerm[p];
        for (var j = 0; j < p; j++)
        {
            var estimate = fit.Coefficients[j];
            var se = Math.Sqrt(covariance[j, j]);
            var z = estimate / se;
            terms[j] = new ItsTerm(
                names[j],
                estimate,
                se,
                z,
                2 * Normal.CDF(0, 1, -Math.Abs(z)),
                Math.Exp(estimate),
                Math.Exp(estimate - critical * se),
                Math.Exp(estimate + critical * se));
        }

        var counterfactual = x.Clone();
        for (var j = 0; j < p; j++)
        {
            if (interventionTerms.Contains(names[j]))
            {
                counterfactual.ClearColumn(j);
            }
        }

        var points = new ItsPoint[n];
        for (var i = 0; i < n; i++)
        {
            var (fitted, fittedLower, fittedUpper) = RateBand(x.Row(i), fit.Coefficients, covariance, critical);
            var (rate, lower, upper) = RateBand(counterfactual.Row(i), fit.Coefficients, covariance, critical);
            points[i] = new ItsPoint(design.Time[i], counts[i] / exposure[i], fitted, fittedLower, fittedUpper, rate, lower, upper);
        }

        return new ItsResult(design.Family, n, residualDf, dispersion, fit.Deviance, design.NeweyWestLag, terms, points);
    }

    // The interval is built on the linear predictor and exponentiated, so it stays positive
    // and matches the Wald intervals of the rate ratios.
    private static (double Rate, double Lower, double Upper) RateBand(Vector<double> row, Vector<double> beta, Matrix<double> covariance, double critical)
    {
        var linear = row * beta;
        var se = Math.Sqrt(row * covariance * row);
        return (Math.Exp(linear), Math.Exp(linear - critical * se), Math.Exp(linear + critical * se));
    }
}
