namespace Paritas.Web.Features.Changes;

public enum ChangeCategory
{
    CaseHandlingAutomation,
    ChatbotOrSelfService,
    SchedulingAndWorkforceManagement,
    MobileDevicesAndApps,
    SensorsAndIoT,
    HealthRecords,
    AiDecisionSupport,
    MonitoringOrTracking,
    Other,
}
