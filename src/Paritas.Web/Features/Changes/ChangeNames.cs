using Paritas.Web.Features.Organisations;

namespace Paritas.Web.Features.Changes;

// English names of the change register's values, which are also their keys: localisation keys.
public static class ChangeNames
{
    public static string Of(ChangeCategory category) => category switch
    {
        ChangeCategory.CaseHandlingAutomation => "Case-handling automation (RPA)",
        ChangeCategory.ChatbotOrSelfService => "Chatbot or self-service",
        ChangeCategory.SchedulingAndWorkforceManagement => "Scheduling and workforce management",
        ChangeCategory.MobileDevicesAndApps => "Mobile devices and apps",
        ChangeCategory.SensorsAndIoT => "Sensors and the internet of things",
        ChangeCategory.HealthRecords => "Health records",
        ChangeCategory.AiDecisionSupport => "AI decision support",
        ChangeCategory.MonitoringOrTracking => "Monitoring or tracking",
        _ => "Other",
    };

    public static string Of(HostingModel hosting) => hosting switch
    {
        HostingModel.InHouse => "In-house",
        HostingModel.VendorHosted => "Hosted by the vendor",
        _ => "Outsourced",
    };

    public static string Of(ChangeStage stage) => stage switch
    {
        ChangeStage.Proposed => "Proposed",
        ChangeStage.Assessment => "Assessment",
        ChangeStage.Decided => "Decided",
        ChangeStage.Pilot => "Pilot",
        ChangeStage.RollOut => "Roll-out",
        ChangeStage.InUse => "In use",
        ChangeStage.Evaluated => "Evaluated",
        _ => "Withdrawn",
    };

    public static string Of(ObligationStatus status) => status switch
    {
        ObligationStatus.Open => "Open",
        ObligationStatus.Met => "Met",
        ObligationStatus.Missed => "Missed",
        _ => "Waived",
    };

    public static string Of(Side side) => side == Side.Employer ? "Employer" : "Workers";

    public static string Of(ChangeHistoryKind kind) => kind switch
    {
        ChangeHistoryKind.Registered => "Registered",
        ChangeHistoryKind.Edited => "Edited",
        ChangeHistoryKind.StageChanged => "Stage changed",
        ChangeHistoryKind.ObligationMet => "Obligation met",
        ChangeHistoryKind.ObligationMissed => "Obligation recorded as missed",
        ChangeHistoryKind.WaiverRequested => "Waiver requested",
        ChangeHistoryKind.ObligationWaived => "Obligation waived by both sides",
        ChangeHistoryKind.OverrideProposed => "Override of a stage gate proposed",
        ChangeHistoryKind.OverrideConfirmed => "Override of a stage gate confirmed",
        _ => kind.ToString(),
    };
}
