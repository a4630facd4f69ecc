namespace Paritas.Web.Features.Organisations;

public enum Sector
{
    Administration,
    HealthAndSocialCare,
    EducationAndCulture,
    Utilities,
    EmergencyServices,
    Other,
}
