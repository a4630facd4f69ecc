namespace Paritas.Web.Features.Assessments;

// English names of the assessment values, which are also their localisation keys.
public static class AssessmentNames
{
    public static string Of(AssessmentKind kind) => kind == AssessmentKind.ExAnte ? "Ex-ante assessment" : "Ex-post assessment";

    public static string Of(Organisations.Side side) => side == Organisations.Side.Employer ? "Employer side" : "Workers' side";

    public static string Of(AssessmentStatus status) => status switch
    {
        AssessmentStatus.Draft => "Draft",
        AssessmentStatus.CoSigned => "Co-signed",
        _ => "Replaced by a newer version",
    };

    public static string Of(ImpactLevel level) => level switch
    {
        ImpactLevel.I => "Level I – low impact",
        ImpactLevel.II => "Level II – moderate impact",
        ImpactLevel.III => "Level III – high impact",
        _ => "Level IV – very high impact",
    };

    public static string Of(ActionStatus status) => status switch
    {
        ActionStatus.Planned => "Planned",
        ActionStatus.InProgress => "In progress",
        ActionStatus.Done => "Done",
        _ => "Dropped",
    };
}
