namespace Paritas.Web.Features.Assessments;

/// <summary>What the audit trail records about assessments: actions, never answers or texts.</summary>
public static class AssessmentAudit
{
    public const string Dataset = "impact-assessment";
    public const string Started = "assessment-started";
    public const string Shared = "assessment-answers-shared";
    public const string Reopened = "assessment-answers-reopened";
    public const string Concluded = "assessment-conclusion-recorded";
    public const string SignatureGiven = "assessment-signed";
    public const string SignatureRefused = "assessment-signature-refused";
    public const string SignaturesWithdrawn = "assessment-signatures-withdrawn";
    public const string CoSigned = "assessment-co-signed";
    public const string Amended = "assessment-amended";
    public const string Dissent = "assessment-dissent-recorded";
    public const string ActionSaved = "mitigation-action-saved";
    public const string Exported = "assessment-exported";
}
