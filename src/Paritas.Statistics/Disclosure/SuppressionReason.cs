namespace Paritas.Statistics.Disclosure;

/// <summary>Why a cell is hidden; <see cref="None"/> means it is released.</summary>
public enum SuppressionReason
{
    None = 0,

    /// <summary>Primary: fewer than K people.</summary>
    BelowMinimum,

    /// <summary>Primary: fewer than K people without the trait, so the proportion would disclose it for nearly all.</summary>
    NearlyAllHaveTrait,

    /// <summary>Complementary: hidden so that no hidden cell or small remainder can be computed from released ones.</summary>
    Complementary,

    /// <summary>Hidden to keep a release set consistent: the same cell is hidden in another table of the set.</summary>
    HiddenInAnotherRelease,
}
