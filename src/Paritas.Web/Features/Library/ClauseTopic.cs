namespace Paritas.Web.Features.Library;

public enum ClauseTopic
{
    Training,
    OccupationalSafetyAndHealth,
    PsychosocialRisks,
    WorkingTimeAndDisconnection,
    MonitoringAndSurveillance,
    DataProtection,
    ConsultationAndJointBodies,
    EmploymentSecurity,
}
