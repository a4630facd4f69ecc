using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Paritas.Web.Data;
using Paritas.Web.Features.Audit;

namespace Paritas.Web.Features.Accounts;

/// <summary>Starts and ends server-side sessions and the cookies that point to them.</summary>
public sealed class SessionSignIn(AppDbContext db, IHttpContextAccessor http, AuditTrail audit, TimeProvider clock)
{
    public const string PendingScheme = "Pending";

    public async Task SignInAsync(AppUser user, bool secondFactorVerified, CancellationToken ct)
    {
        var context = http.HttpContext ?? throw new InvalidOperationException("No request.");
        var session = new UserSession(user.Id, secondFactorVerified);
        db.UserSessions.Add(session);
        await db.SaveChangesAsync(ct);

        var identity = new ClaimsIdentity(
            [
                new Claim(ClaimTypes.NameIdentifier, user.Id.ToString("D")),
                new Claim(ParitasClaims.SessionId, session.Id.ToString("D")),
            ],
            AccessResolver.CookieAuthenticationType);
        await context.SignOutAsync(PendingScheme);
        await context.SignInAsync(IdentityConstants.ApplicationScheme, new ClaimsPrincipal(identity), new AuthenticationProperties { IsPersistent = false });
        await audit.AppendAsync(new AuditRecord(AuditActions.SignIn, user.Id, Outcome: secondFactorVerified ? "second-factor" : "password"), ct);
    }

    /// <summary>Remembers, for five minutes, who passed the password step and still owes a code.</summary>
    public Task BeginSecondFactorAsync(AppUser user)
    {
        var context = http.HttpContext ?? throw new InvalidOperationException("No request.");
        var identity = new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, user.Id.ToString("D"))], PendingScheme);
        return context.SignInAsync(PendingScheme, new ClaimsPrincipal(identity), new AuthenticationProperties
        {
            IsPersistent = false,
            ExpiresUtc = clock.GetUtcNow().AddMinutes(5),
        });
    }

    public async Task<Guid?> PendingUserIdAsync()
    {
        var context = http.HttpContext ?? throw new InvalidOperationException("No request.");
        var result = await context.AuthenticateAsync(PendingScheme);
        return result.Succeeded && Guid.TryParse(result.Principal.FindFirst(ClaimTypes.NameIdentifier)?.Value, out var id) ? id : null;
    }

    public async Task MarkSecondFactorVerifiedAsync(Guid sessionId, CancellationToken ct)
    {
        var session = await db.UserSessions.FirstAsync(s => s.Id == sessionId, ct);
        session.VerifySecondFactor();
        await db.SaveChangesAsync(ct);
    }

    public async Task SignOutAsync(Guid? sessionId, Guid? userId, CancellationToken ct)
    {
        var context = http.HttpContext ?? throw new InvalidOperationException("No request.");
        if (sessionId is { } id)
        {
            var session = await db.UserSessions.FirstOrDefaultAsync(s => s.Id == id, ct);
            session?.End(clock.GetUtcNow());
            await db.SaveChangesAsync(ct);
        }

        await context.SignOutAsync(IdentityConstants.ApplicationScheme);
        await audit.AppendAsync(new AuditRecord(AuditActions.SignOut, userId), ct);
    }

    /// <summary>Ends every session of a person: on disabling and on any change of their roles.</summary>
    public async Task EndAllSessionsAsync(Guid userId, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var sessions = await db.UserSessions.Where(s => s.UserId == userId && s.EndedAt == null).ToListAsync(ct);
        foreach (var session in sessions)
        {
            session.End(now);
        }

        await db.SaveChangesAsync(ct);
    }

    public async Task SwitchOrganisationAsync(Guid sessionId, Guid userId, Guid organisationId, CancellationToken ct)
    {
        var isMember = await db.Memberships.IgnoreQueryFilters().AnyAsync(m => m.UserId == userId && m.OrganisationId == organisationId, ct);
        if (!isMember)
        {
            return;
        }

        var session = await db.UserSessions.FirstAsync(s => s.Id == sessionId, ct);
        session.SwitchTo(organisationId);
        await db.SaveChangesAsync(ct);
    }
}
