namespace Paritas.Web.Features.Library;

/// <summary>How workers took part in a change: the mechanisms a practice case shows at work.</summary>
public enum Mechanism
{
    DigitalAgents,
    JointCommittee,
    TripartiteAgreement,
    ProcessAutomationOfficer,
    TrainingRight,
    RightToDisconnect,
    MonitoringRules,
    UnionBuiltTools,
    CollectiveAgreement,
    Legislation,
    WorkerConsultation,
}
