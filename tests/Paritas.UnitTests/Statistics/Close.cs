namespace Paritas.UnitTests.Statistics;

internal static class Close
{
    /// <summary>Relative agreement, with an absolute floor for values near zero.</summary>
    public static void Relative(double expected, double actual, double tolerance, string what)
    {
        var scale = Math.Max(Math.Abs(expected), 1e-12);
        Assert.True(
            Math.Abs(actual - expected) <= tolerance * scale,
            $"{what}: expected {expected:R}, got {actual:R} (relative error {Math.Abs(actual - expected) / scale:E2})");
    }
}
