namespace Paritas.Web.Features.Assessments;

/// <summary>Impact levels by share of the greatest possible impact (docs/adr/0007-impact-assessment-scoring.md).</summary>
public enum ImpactLevel
{
    I = 1,
    II = 2,
    III = 3,
    IV = 4,
}
