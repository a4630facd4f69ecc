namespace Paritas.Statistics.Disclosure;

/// <summary>The kind of data an aggregate is about; it sets the floor of the minimum group size (P3).</summary>
public enum DisclosureDomain
{
    Survey,
    Absence,
    Health,
    Training,
}
