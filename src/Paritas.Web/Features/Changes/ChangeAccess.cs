using Paritas.Web.Features.Accounts;

namespace Paritas.Web.Features.Changes;

/// <summary>Who may see an organisation's changes where no sign-in policy runs (the calendar feed).</summary>
public static class ChangeAccess
{
    /// <summary>
    /// Every member may read the change pages (policy Member), provided the second factor their role
    /// needs is still set up — the same condition a token or a session must meet.
    /// </summary>
    public static bool MaySee(Role role, bool hasSecondFactor) => !RoleFacts.RequiresSecondFactor(role) || hasSecondFactor;
}
