namespace Paritas.Web.Features.Assessments;

/// <summary>One side's score of one assessment.</summary>
public sealed record ImpactScore(int Raw, int Mitigation, int Net, int Maximum, double Share, ImpactLevel Level, int Answered, int Questions, IReadOnlyList<SectionScore> Sections)
{
    public bool Complete => Answered == Questions;
}
