namespace Paritas.Web.Features.Organisations;

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
