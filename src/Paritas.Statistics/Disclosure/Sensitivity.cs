namespace Paritas.Statistics.Disclosure;

/// <summary>The primary rule of P3, shared by cells and implicit remainders.</summary>
internal static class Sensitivity
{
    public static SuppressionReason Primary(long count, long? traitCount, int minimum) =>
        count < minimum ? SuppressionReason.BelowMinimum
        : traitCount is { } trait && count - trait < minimum ? SuppressionReason.NearlyAllHaveTrait
        : SuppressionReason.None;

    public static bool IsSensitive(long count, long? traitCount, int minimum) =>
        Primary(count, traitCount, minimum) != SuppressionReason.None;
}
