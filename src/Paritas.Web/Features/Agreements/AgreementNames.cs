namespace Paritas.Web.Features.Agreements;

// English names of rule terms, which are also their keys: localisation keys.
public static class AgreementNames
{
    public static string Of(ObligationKind kind) => kind switch
    {
        ObligationKind.JointCommitteeFormed => "Joint committee formed",
        ObligationKind.WorkersRepresentativesInformed => "Workers' representatives informed",
        ObligationKind.ConsultationHeld => "Consultation held",
        ObligationKind.ExAnteAssessmentCoSigned => "Ex-ante assessment co-signed",
        ObligationKind.BaselineSurveyClosed => "Baseline survey closed",
        ObligationKind.TrainingPlanAgreed => "Training plan agreed",
        ObligationKind.FollowUpSurveyClosed => "Follow-up survey closed",
        ObligationKind.ExPostAssessmentCoSigned => "Ex-post assessment co-signed",
        _ => "Evaluation published",
    };

    public static string Of(RuleTrigger trigger) => trigger switch
    {
        RuleTrigger.ChangeRegistered => "Change registered",
        RuleTrigger.StageEntered => "Stage entered",
        RuleTrigger.FirstGoLive => "Go-live of the first unit",
        _ => "Months after the first go-live",
    };

    public static string Of(RuleCondition condition) => condition == RuleCondition.AnyChange ? "Every change" : "Changes that watch workers";
}
