namespace Paritas.Web.Features.Organisations;

// English names, which are also their keys: localisation keys.
public static class CommitteeRoleNames
{
    public static string Of(CommitteeRole role) => role switch
    {
        CommitteeRole.Chair => "Chair",
        CommitteeRole.Secretary => "Secretary",
        CommitteeRole.Member => "Member",
        CommitteeRole.ShopSteward => "Shop steward",
        CommitteeRole.DigitalAgent => "Digital agent",
        CommitteeRole.OshRepresentative => "OSH representative",
        _ => role.ToString(),
    };
}
