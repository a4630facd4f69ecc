namespace Paritas.Web.Features.Organisations;

public enum CommitteeRole
{
    Chair,
    Secretary,
    Member,
    ShopSteward,
    DigitalAgent,
    OshRepresentative,
}
