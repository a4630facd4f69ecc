using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Paritas.Web.Data;
using Paritas.Web.Features.Audit;
using Paritas.Web.Features.Organisations;

namespace Paritas.Web.Features.Accounts;

/// <summary>
/// Changes to who belongs to an organisation and with which role. Every change ends the person's
/// sessions, so the new role applies from their next sign-in, and is written to the audit trail
/// with roles only, never names or addresses.
/// </summary>
public sealed class MembershipChanges(AppDbContext db, SessionSignIn sessions, AuditTrail audit, CurrentUser me, IStringLocalizer<SharedResource> l)
{
    public async Task<SetupResult> ChangeRoleAsync(Guid membershipId, string? role, CancellationToken ct)
    {
        var membership = await db.Memberships.FirstOrDefaultAsync(m => m.Id == membershipId, ct);
        if (membership is null)
        {
            return SetupResult.Missing;
        }

        if (!SetupText.TryParse<Role>(role, out var newRole))
        {
            return SetupResult.Refused("Role", l["Choose a role."]);
        }

        if (newRole == membership.Role)
        {
            return SetupResult.Done(membership.Id);
        }

        if (newRole != Role.OrganisationAdministrator && await IsLastAdministratorAsync(membership, ct))
        {
            return SetupResult.Refused("Role", LastAdministratorMessage(membership));
        }

        var oldRole = membership.Role;
        membership.ChangeRole(newRole);
        await db.SaveChangesAsync(ct);
        await sessions.EndAllSessionsAsync(membership.UserId, ct);
        // Outcome holds the role before, Subject the role after: enough to follow the change, nothing personal.
        await audit.AppendAsync(new AuditRecord(AuditActions.RoleChanged, me.Id, me.Role?.ToString(), membership.OrganisationId, Outcome: oldRole.ToString(), Subject: newRole.ToString()), ct);
        return SetupResult.Done(membership.Id);
    }

    public async Task<SetupResult> RemoveAsync(Guid membershipId, CancellationToken ct)
    {
        var membership = await db.Memberships.FirstOrDefaultAsync(m => m.Id == membershipId, ct);
        if (membership is null)
        {
            return SetupResult.Missing;
        }

        if (await IsLastAdministratorAsync(membership, ct))
        {
            return SetupResult.Refused("", LastAdministratorMessage(membership));
        }

        // A person who left must not keep a seat on the organisation's committees.
        var seats = await db.CommitteeMembers.Where(c => c.UserId == membership.UserId).ToListAsync(ct);
        db.CommitteeMembers.RemoveRange(seats);
        db.Memberships.Remove(membership);
        await db.SaveChangesAsync(ct);
        await sessions.EndAllSessionsAsync(membership.UserId, ct);
        await audit.AppendAsync(new AuditRecord(AuditActions.MembershipRemoved, me.Id, me.Role?.ToString(), membership.OrganisationId, Outcome: membership.Role.ToString()), ct);
        return SetupResult.Done(membership.Id);
    }

    /// <summary>Whether this membership is the only one left that can administer the organisation.</summary>
    private async Task<bool> IsLastAdministratorAsync(Membership membership, CancellationToken ct)
        => membership.Role == Role.OrganisationAdministrator
           && !await db.Memberships
               .Where(m => m.Role == Role.OrganisationAdministrator && m.Id != membership.Id)
               .Join(db.Users, m => m.UserId, u => u.Id, (m, u) => u)
               .AnyAsync(u => !u.IsDisabled, ct);

    private string LastAdministratorMessage(Membership membership)
        => membership.UserId == me.Id
            ? l["You are the last organisation administrator. Give someone else this role first, so the organisation is not left without one."]
            : l["This person is the last organisation administrator. Give someone else this role first, so the organisation is not left without one."];
}
