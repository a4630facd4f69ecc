using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Paritas.Web.Data;

namespace Paritas.Web.Features.Accounts;

/// <summary>
/// Builds the principal of a request from the database, not from the cookie or token: the role,
/// the organisation and the second-factor state are read fresh, so a change applies at once.
/// </summary>
public sealed class AccessResolver(AppDbContext db)
{
    public const string CookieAuthenticationType = "paritas-cookie";
    public const string TokenAuthenticationType = "paritas-token";

    public async Task<ClaimsPrincipal?> ResolveAsync(Guid userId, Guid? sessionId, Guid? wantedOrganisationId, bool secondFactorVerified, string authenticationType, CancellationToken ct)
    {
        var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == userId, ct);
        if (user is null || user.IsDisabled)
        {
            return null;
        }

        db.Tenant.SetUser(user.Id);
        // RLS lets a person see their own memberships in every organisation; the EF filter is
        // bypassed deliberately for the same reason, and only for this person's rows.
        var memberships = await db.Memberships.IgnoreQueryFilters().AsNoTracking()
            .Where(m => m.UserId == user.Id)
            .Select(m => new { m.OrganisationId, m.Role })
            .ToListAsync(ct);

        var active = memberships.FirstOrDefault(m => m.OrganisationId == wantedOrganisationId) ?? memberships.OrderBy(m => m.OrganisationId).FirstOrDefault();
        var needsSecondFactor = user.IsPlatformAdministrator || memberships.Any(m => RoleFacts.RequiresSecondFactor(m.Role));

        // A verified session or a token stands for a second factor only while the person has one:
        // a token made before a role needed it (or by the command line) must not skip enrolment.
        secondFactorVerified = secondFactorVerified && user.TwoFactorEnabled;

        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, user.Id.ToString("D")),
            new(ClaimTypes.Name, user.DisplayName.Length > 0 ? user.DisplayName : user.Email ?? ""),
            new(ParitasClaims.SecondFactor, secondFactorVerified ? "true" : "false"),
        };
        if (sessionId is { } sid)
        {
            claims.Add(new Claim(ParitasClaims.SessionId, sid.ToString("D")));
        }

        if (needsSecondFactor && !secondFactorVerified)
        {
            claims.Add(new Claim(ParitasClaims.SecondFactorPending, "true"));
        }

        if (user.IsPlatformAdministrator)
        {
            claims.Add(new Claim(ParitasClaims.PlatformAdministrator, "true"));
        }

        if (active is not null)
        {
            claims.Add(new Claim(ParitasClaims.OrganisationId, active.OrganisationId.ToString("D")));
            claims.Add(new Claim(ParitasClaims.Role, active.Role.ToString()));
            db.Tenant.SetOrganisation(active.OrganisationId);
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, authenticationType, ClaimTypes.Name, ParitasClaims.Role));
    }
}
