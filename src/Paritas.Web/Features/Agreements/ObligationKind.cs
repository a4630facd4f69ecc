namespace Paritas.Web.Features.Agreements;

/// <summary>What a rule makes one side owe around a change.</summary>
public enum ObligationKind
{
    JointCommitteeFormed,
    WorkersRepresentativesInformed,
    ConsultationHeld,
    ExAnteAssessmentCoSigned,
    BaselineSurveyClosed,
    TrainingPlanAgreed,
    FollowUpSurveyClosed,
    ExPostAssessmentCoSigned,
    EvaluationPublished,
}
