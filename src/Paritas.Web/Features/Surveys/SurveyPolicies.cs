namespace Paritas.Web.Features.Surveys;

public static class SurveyPolicies
{
    /// <summary>Who may read survey results: the OSH officer and both sides' representatives.</summary>
    public const string ResultReaders = "SurveyResultReaders";
}
