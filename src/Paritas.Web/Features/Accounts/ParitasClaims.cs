namespace Paritas.Web.Features.Accounts;

public static class ParitasClaims
{
    public const string SessionId = "paritas:sid";
    public const string OrganisationId = "paritas:org";
    public const string Role = "paritas:role";
    public const string PlatformAdministrator = "paritas:admin";

    /// <summary>"true" when the second factor was verified for this session (or the token's).</summary>
    public const string SecondFactor = "paritas:mfa";

    /// <summary>"true" when a role the person holds needs a second factor and none is verified yet.</summary>
    public const string SecondFactorPending = "paritas:mfa-pending";
}
