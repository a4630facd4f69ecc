using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Paritas.Web.Data;
using Paritas.Web.Features.Audit;

namespace Paritas.Web.Features.Accounts;

/// <summary>Creates and revokes personal access tokens; the page and the command line both use it.</summary>
public sealed class TokenIssuer(AppDbContext db, AuditTrail audit, IOptions<AccountsOptions> options, TimeProvider clock)
{
    public int MaximumDays => options.Value.MaximumTokenDays;

    /// <returns>The token, which is shown once and never stored.</returns>
    public async Task<string> CreateAsync(Guid userId, Guid organisationId, string name, int days, CancellationToken ct)
    {
        var isMember = await db.Memberships.IgnoreQueryFilters().AnyAsync(m => m.UserId == userId && m.OrganisationId == organisationId, ct);
        if (!isMember)
        {
            throw new InvalidOperationException("A token can only be created for an organisation the person belongs to.");
        }

        var secret = AccessTokens.NewSecret(AccessTokens.ApiPrefix);
        var token = new PersonalAccessToken(userId, organisationId, name, AccessTokens.Hash(secret), secret[..8], clock.GetUtcNow().AddDays(Math.Clamp(days, 1, MaximumDays)));
        db.PersonalAccessTokens.Add(token);
        await db.SaveChangesAsync(ct);
        await audit.AppendAsync(new AuditRecord(AuditActions.TokenCreated, userId, OrganisationId: organisationId, Subject: token.Prefix), ct);
        return secret;
    }

    public async Task<bool> RevokeAsync(Guid userId, Guid tokenId, CancellationToken ct)
    {
        var token = await db.PersonalAccessTokens.FirstOrDefaultAsync(t => t.Id == tokenId && t.UserId == userId, ct);
        if (token is null)
        {
            return false;
        }

        token.Revoke(clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        await audit.AppendAsync(new AuditRecord(AuditActions.TokenRevoked, userId, OrganisationId: token.OrganisationId, Subject: token.Prefix), ct);
        return true;
    }
}
