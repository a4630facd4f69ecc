namespace Paritas.Web.Features.Surveys;

public enum WaveStatus
{
    Open,
    Closed,
}
