namespace Paritas.Statistics.DifferenceInDifferences;

/// <summary>
/// ATT(g,t) with its influence function over all units of the panel (zero for units in
/// neither the cohort nor the comparison group), scaled as did scales it: SE = √(Σ ψ²) / n.
/// </summary>
internal sealed record GroupTimeCell(int Group, int Time, double Att, double[] Influence)
{
    public bool IsPostTreatment => Group <= Time;

    public int EventTime => Time - Group;
}
