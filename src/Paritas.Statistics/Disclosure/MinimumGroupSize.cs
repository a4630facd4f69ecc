namespace Paritas.Statistics.Disclosure;

/// <summary>
/// The K of P3: the smallest group a released cell may describe. Built only through
/// <see cref="For"/>, so no K below the floor of its domain can exist.
/// </summary>
public sealed class MinimumGroupSize
{
    public const int SurveyFloor = 5;
    public const int EmployeeFloor = 10;

    private MinimumGroupSize(DisclosureDomain domain, int value)
    {
        Domain = domain;
        Value = value;
    }

    public DisclosureDomain Domain { get; }

    public int Value { get; }

    public static int Floor(DisclosureDomain domain) => domain switch
    {
        DisclosureDomain.Survey => SurveyFloor,
        DisclosureDomain.Absence or DisclosureDomain.Health or DisclosureDomain.Training => EmployeeFloor,
        _ => throw new ArgumentOutOfRangeException(nameof(domain), domain, "Unknown disclosure domain."),
    };

    /// <summary>
    /// The organisation's own minimum if it is above the floor; otherwise the floor.
    /// A lower request is not an error: an organisation may only ever make K stricter.
    /// </summary>
    public static MinimumGroupSize For(DisclosureDomain domain, int? organisationMinimum = null)
    {
        var floor = Floor(domain);
        return new MinimumGroupSize(domain, Math.Max(floor, organisationMinimum ?? floor));
    }

    public override string ToString() => $"K = {Value} ({Domain})";
}
