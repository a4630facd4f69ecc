using MathNet.Numerics.Distributions;

namespace Paritas.Statistics.Surveys;

/// <summary>
/// The intervals survey results are reported with: a t interval for a mean, Welch's interval for
/// the difference of two means, and Wilson's interval for a proportion. They work from sums and
/// sums of squares, which is all a closed wave keeps.
/// </summary>
public static class SurveyIntervals
{
    public const double Confidence = 0.95;

    private static readonly double Z = Normal.InvCDF(0, 1, 1 - ((1 - Confidence) / 2));

    /// <summary>The sample variance (n − 1 denominator) from n, Σx and Σx²; null below two values.</summary>
    public static double? Variance(int n, double sum, double sumOfSquares)
    {
        if (n < 2)
        {
            return null;
        }

        var mean = sum / n;
        // Rounding can leave a tiny negative where all values are equal.
        return Math.Max(0, (sumOfSquares - (n * mean * mean)) / (n - 1));
    }

    /// <summary>The mean with a t interval on n − 1 degrees of freedom; null below two values.</summary>
    public static Interval? Mean(int n, double sum, double sumOfSquares)
    {
        if (Variance(n, sum, sumOfSquares) is not { } variance)
        {
            return null;
        }

        var mean = sum / n;
        var half = StudentT.InvCDF(0, 1, n - 1, 1 - ((1 - Confidence) / 2)) * Math.Sqrt(variance / n);
        return new Interval(mean, mean - half, mean + half);
    }

    /// <summary>
    /// The difference of two means (second minus first) with Welch's interval, on the
    /// Welch–Satterthwaite degrees of freedom; null when either group has fewer than two values
    /// or both have no spread.
    /// </summary>
    public static Interval? WelchDifference(int n1, double mean1, double variance1, int n2, double mean2, double variance2)
    {
        if (n1 < 2 || n2 < 2)
        {
            return null;
        }

        var a = variance1 / n1;
        var b = variance2 / n2;
        var difference = mean2 - mean1;
        if (a + b <= 0)
        {
            return null;
        }

        var df = (a + b) * (a + b) / ((a * a / (n1 - 1)) + (b * b / (n2 - 1)));
        var half = StudentT.InvCDF(0, 1, df, 1 - ((1 - Confidence) / 2)) * Math.Sqrt(a + b);
        return new Interval(difference, difference - half, difference + half);
    }

    /// <summary>The proportion count/n with Wilson's score interval; null for n = 0.</summary>
    public static Interval? Wilson(int count, int n)
    {
        if (n <= 0 || count < 0 || count > n)
        {
            return null;
        }

        var p = (double)count / n;
        var z2 = Z * Z;
        var centre = (p + (z2 / (2 * n))) / (1 + (z2 / n));
        var half = Z / (1 + (z2 / n)) * Math.Sqrt((p * (1 - p) / n) + (z2 / (4.0 * n * n)));
        return new Interval(p, Math.Max(0, centre - half), Math.Min(1, centre + half));
    }
}
