namespace Paritas.Web.Features.Library;

public enum OrganisationType
{
    Municipality,
    Region,
    StateAgency,
    PublicCompany,
    Union,
    Federation,
    Other,
}
