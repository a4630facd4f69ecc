using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.LinearAlgebra.Factorization;

namespace Paritas.Statistics.TimeSeries;

/// <summary>
/// Poisson regression with log link and an offset, fitted by iteratively reweighted least
/// squares exactly as R's glm.fit does it: starting values μ = y + 0.1, the same working
/// response, the same relative-deviance stopping rule (1e-8) and iteration limit (25).
/// R stops on that rule rather than at full convergence, and reports the covariance and the
/// Pearson dispersion with the working weights of its last iteration; doing the same keeps
/// our numbers on R's to many more digits than a "better converged" fit would.
/// </summary>
internal static class PoissonGlm
{
    public const int DefaultMaxIterations = 25;
    private const double Epsilon = 1e-8;

    // Relative to the largest diagonal element of R in the QR of √W·X; below this a column
    // is (numerically) a combination of the others and the estimates would be arbitrary.
    private const double RankTolerance = 1e-9;

    public static PoissonFit Fit(
        Matrix<double> x,
        ReadOnlySpan<double> y,
        ReadOnlySpan<double> offset,
        IReadOnlyList<string> termNames,
        int maxIterations = DefaultMaxIterations)
    {
        var n = x.RowCount;
        var p = x.ColumnCount;
        var mu = new double[n];
        var eta = new double[n];
        for (var i = 0; i < n; i++)
        {
            mu[i] = y[i] + 0.1;
            eta[i] = Math.Log(mu[i]);
        }

        var deviance = Deviance(y, mu);
        var weighted = Matrix<double>.Build.Dense(n, p);
        var response = Vector<double>.Build.Dense(n);
        var weights = new double[n];
        for (var iteration = 1; iteration <= maxIterations; iteration++)
        {
            for (var i = 0; i < n; i++)
            {
                weights[i] = mu[i];
                var root = Math.Sqrt(mu[i]);
                response[i] = root * (eta[i] - offset[i] + (y[i] - mu[i]) / mu[i]);
                for (var j = 0; j < p; j++)
                {
                    weighted[i, j] = root * x[i, j];
                }
            }

            var qr = weighted.QR(QRMethod.Thin);
            EnsureFullRank(qr.R, termNames);
            var beta = qr.Solve(response);
            var linear = x * beta;
            for (var i = 0; i < n; i++)
            {
                eta[i] = linear[i] + offset[i];
                mu[i] = Math.Exp(eta[i]);
                if (!double.IsFinite(mu[i]) || mu[i] <= 0)
                {
                    throw new AnalysisInputException("The model does not converge: fitted values overflow. Check that counts and exposure are on the same scale.");
                }
            }

            var previous = deviance;
            deviance = Deviance(y, mu);
            if (Math.Abs(deviance - previous) / (Math.Abs(deviance) + 0.1) < Epsilon)
            {
                var pearson = 0.0;
                for (var i = 0; i < n; i++)
                {
                    var working = (y[i] - mu[i]) / mu[i];
                    pearson += weights[i] * working * working;
                }

                var rInverse = qr.R.Inverse();
                var covariance = rInverse * rInverse.Transpose();
                return new PoissonFit(beta, Vector<double>.Build.DenseOfArray(mu), covariance, deviance, pearson, iteration);
            }
        }

        throw new AnalysisInputException($"The model did not converge in {maxIterations} iterations; the series may be too short or too sparse for these terms.");
    }

    private static void EnsureFullRank(Matrix<double> r, IReadOnlyList<string> termNames)
    {
        var largest = 0.0;
        for (var j = 0; j < r.ColumnCount; j++)
        {
            largest = Math.Max(largest, Math.Abs(r[j, j]));
        }

        for (var j = 0; j < r.ColumnCount; j++)
        {
            if (!(Math.Abs(r[j, j]) > RankTolerance * largest))
            {
                throw new AnalysisInputException($"The design is singular: term '{termNames[j]}' is constant or a combination of the terms before it.");
            }
        }
    }

    internal static double Deviance(ReadOnlySpan<double> y, ReadOnlySpan<double> mu)
    {
        var sum = 0.0;
        for (var i = 0; i < y.Length; i++)
        {
            sum += y[i] > 0 ? y[i] * Math.Log(y[i] / mu[i]) - (y[i] - mu[i]) : mu[i];
        }

        return 2 * sum;
    }
}
