namespace Paritas.Web.Features.Audit;

public static class AuditActions
{
    public const string SignIn = "sign-in";
    public const string SignInFailed = "sign-in-failed";
    public const string SignInLockedOut = "sign-in-locked-out";
    public const string SignOut = "sign-out";
    public const string SecondFactorEnrolled = "second-factor-enrolled";
    public const string SecondFactorFailed = "second-factor-failed";
    public const string RoleChanged = "role-changed";
    public const string MembershipAdded = "membership-added";
    public const string MembershipRemoved = "membership-removed";
    public const string UserDisabled = "user-disabled";
    public const string InvitationSent = "invitation-sent";
    public const string InvitationAccepted = "invitation-accepted";
    public const string TokenCreated = "token-created";
    public const string TokenRevoked = "token-revoked";
    public const string Export = "export";
    public const string GuardedDataAccess = "guarded-data-access";
    public const string AdministratorCreated = "administrator-created";
    public const string OrganisationCreated = "organisation-created";
    public const string UnitsImported = "units-imported";
    public const string ConcernsDestroyed = "concerns-destroyed";
    public const string ConcernIdentityApproved = "concern-identity-approved";
    public const string ConcernIdentityOpened = "concern-identity-opened";
}
