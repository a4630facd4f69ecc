namespace Paritas.Web.Features.Concerns;

// English names of the concern values, which are also their localisation keys.
public static class ConcernNames
{
    public static string Of(ConcernCategory category) => category switch
    {
        ConcernCategory.Equipment => "Equipment",
        ConcernCategory.Usability => "Usability",
        ConcernCategory.Workload => "Workload",
        ConcernCategory.OccupationalSafetyAndHealth => "Occupational safety and health",
        ConcernCategory.PrivacyAndMonitoring => "Privacy and monitoring",
        ConcernCategory.DataProtectionAndSecurity => "Data protection and security",
        ConcernCategory.Training => "Training",
        ConcernCategory.ServiceToCitizens => "Service to citizens",
        _ => "Other",
    };

    public static string Of(ConcernStatus status) => status switch
    {
        ConcernStatus.New => "New",
        ConcernStatus.Acknowledged => "Acknowledged",
        ConcernStatus.InProgress => "In progress",
        ConcernStatus.Answered => "Answered",
        _ => "Closed",
    };

    public static string Of(ConcernOutcome outcome) => outcome switch
    {
        ConcernOutcome.Resolved => "Resolved",
        ConcernOutcome.PartlyResolved => "Partly resolved",
        ConcernOutcome.NotUpheld => "Not upheld",
        ConcernOutcome.ReferredElsewhere => "Referred elsewhere",
        _ => "Withdrawn",
    };

    public static string Of(ReporterChoice choice) => choice switch
    {
        ReporterChoice.Anonymous => "Anonymous",
        ReporterChoice.AnonymousMayDisclose => "Anonymous for now; I may give my name later",
        _ => "With my name",
    };
}
