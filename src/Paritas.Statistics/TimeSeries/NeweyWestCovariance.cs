using MathNet.Numerics.LinearAlgebra;

namespace Paritas.Statistics.TimeSeries;

/// <summary>
/// Heteroscedasticity- and autocorrelation-consistent covariance of Poisson GLM estimates
/// with a Bartlett kernel, as sandwich::NeweyWest(model, lag, prewhite = FALSE, adjust = FALSE):
/// B·S·B with B = (X'WX)⁻¹ and S = Σ_ij w(|i−j|)·u_i·u_j', u_i = x_i·(y_i − μ_i),
/// w(d) = 1 − d/(lag + 1). sandwich scales bread and meat by n and 1/n; the factors cancel.
/// For quasi-Poisson sandwich divides the scores by the dispersion and multiplies the bread
/// by it, which cancels too, so one formula serves both families.
/// </summary>
internal static class NeweyWestCovariance
{
    public static Matrix<double> Compute(Matrix<double> x, ReadOnlySpan<double> y, Vector<double> mu, Matrix<double> bread, int lag)
    {
        var n = x.RowCount;
        var p = x.ColumnCount;
        var scores = Matrix<double>.Build.Dense(n, p);
        for (var i = 0; i < n; i++)
        {
            var residual = y[i] - mu[i];
            for (var j = 0; j < p; j++)
            {
                scores[i, j] = x[i, j] * residual;
            }
        }

        var meat = scores.TransposeThisAndMultiply(scores);
        for (var d = 1; d <= lag; d++)
        {
            var weight = 1.0 - d / (lag + 1.0);
            var leading = scores.SubMatrix(0, n - d, 0, p);
            var lagged = scores.SubMatrix(d, n - d, 0, p);
            var cross = leading.TransposeThisAndMultiply(lagged);
            meat += weight * (cross + cross.Transpose());
        }

        return bread * meat * bread;
    }
}
