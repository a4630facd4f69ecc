namespace Paritas.Web.Features.Concerns;

public enum ConcernCategory
{
    Equipment,
    Usability,
    Workload,
    OccupationalSafetyAndHealth,

    /// <summary>Falls under the Whistleblower Directive's timing (with <see cref="DataProtectionAndSecurity"/>).</summary>
    PrivacyAndMonitoring,
    DataProtectionAndSecurity,
    Training,
    ServiceToCitizens,
    Other,
}
