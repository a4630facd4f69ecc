using Paritas.Web.Data;

namespace Paritas.Web.Features.Surveys;

/// <summary>
/// A wave's answers pre-aggregated when it closes, per unit (its whole subtree), per group of one
/// dimension (or the unit's total) and per scale or item: enough for means, intervals and
/// distributions without reading a single response again.
/// </summary>
public sealed class WaveAggregate : IOrganisationOwned
{
    private WaveAggregate()
    {
    }

    public WaveAggregate(Guid organisationId, Guid waveId, string unitCode, string dimension, string groupCode, string measure, int n, double sum, double sumOfSquares, string optionCounts, bool suppressed)
    {
        Suppressed = suppressed;
        OrganisationId = organisationId;
        WaveId = waveId;
        UnitCode = unitCode;
        Dimension = dimension;
        GroupCode = groupCode;
        Measure = measure;
        N = n;
        Sum = sum;
        SumOfSquares = sumOfSquares;
        OptionCounts = optionCounts;
    }

    public Guid OrganisationId { get; private set; }

    public Guid WaveId { get; private set; }

    public string UnitCode { get; private set; } = "";

    /// <summary>Empty for the breakdown by unit only.</summary>
    public string Dimension { get; private set; } = "";

    /// <summary>Empty for the unit's total.</summary>
    public string GroupCode { get; private set; } = "";

    /// <summary>A scale id or an item id.</summary>
    public string Measure { get; private set; } = "";

    /// <summary>Respondents with a score (or, for an unscored item, an answer).</summary>
    public int N { get; private set; }

    public double Sum { get; private set; }

    public double SumOfSquares { get; private set; }

    /// <summary>"value:count" pairs separated by semicolons, for the distribution.</summary>
    public string OptionCounts { get; private set; } = "";

    /// <summary>
    /// Hidden for this measure only, though its cell is released: a prevalence where fewer than K
    /// lack the trait, and the cells hidden to protect it (P3).
    /// </summary>
    public bool Suppressed { get; private set; }
}
