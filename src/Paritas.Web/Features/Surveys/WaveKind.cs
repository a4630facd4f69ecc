namespace Paritas.Web.Features.Surveys;

public enum WaveKind
{
    Baseline,
    FollowUp,
}
