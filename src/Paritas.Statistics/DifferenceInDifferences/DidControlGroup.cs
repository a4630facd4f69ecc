namespace Paritas.Statistics.DifferenceInDifferences;

public enum DidControlGroup
{
    /// <summary>Units never treated during the panel.</summary>
    NeverTreated,

    /// <summary>Never-treated units plus units whose go-live is still ahead in the period compared.</summary>
    NotYetTreated,
}
