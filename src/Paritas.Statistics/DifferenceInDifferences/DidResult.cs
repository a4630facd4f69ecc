namespace Paritas.Statistics.DifferenceInDifferences;

/// <param name="Units">Units used (after dropping units already treated in the first period).</param>
/// <param name="Simple">Post-treatment ATT(g,t) averaged with weights proportional to cohort size.</param>
public sealed record DidResult(
    DidControlGroup Control,
    int Units,
    IReadOnlyList<GroupTimeEffect> GroupTime,
    AggregateEffect Simple,
    DynamicAggregation Dynamic,
    GroupAggregation Group);
