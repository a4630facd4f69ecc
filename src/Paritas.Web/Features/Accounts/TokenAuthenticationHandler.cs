using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Paritas.Web.Data;

namespace Paritas.Web.Features.Accounts;

/// <summary>Personal access tokens for the API: "Authorization: Bearer prt_…".</summary>
public sealed class TokenAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    AppDbContext db,
    AccessResolver access,
    TimeProvider clock)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "PersonalAccessToken";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.NoResult();
        }

        var secret = header["Bearer ".Length..].Trim();
        if (!secret.StartsWith(AccessTokens.ApiPrefix, StringComparison.Ordinal) || secret.Length > 100)
        {
            return AuthenticateResult.Fail("invalid token");
        }

        var hash = AccessTokens.Hash(secret);
        PersonalAccessToken? token;
        using (db.Tenant.EnterSystemScope())
        {
            token = await db.PersonalAccessTokens.IgnoreQueryFilters().AsNoTracking()
                .FirstOrDefaultAsync(t => t.SecretHash == hash, Context.RequestAborted);
        }

        if (token is null || !token.IsActive(clock.GetUtcNow()))
        {
            return AuthenticateResult.Fail("invalid token");
        }

        // Tokens are created only from sessions whose second factor was verified.
        var principal = await access.ResolveAsync(token.UserId, null, token.OrganisationId, secondFactorVerified: true, AccessResolver.TokenAuthenticationType, Context.RequestAborted);
        if (principal?.FindFirst(ParitasClaims.OrganisationId)?.Value != token.OrganisationId.ToString("D"))
        {
            // The person left that organisation: the token goes with the membership.
            return AuthenticateResult.Fail("invalid token");
        }

        // Kept to the day: enough to spot an unused token, too coarse to trace anyone's activity.
        var today = new DateTimeOffset(clock.GetUtcNow().UtcDateTime.Date, TimeSpan.Zero);
        if (token.LastUsedOn != today)
        {
            using (db.Tenant.EnterSystemScope())
            {
                await db.PersonalAccessTokens.IgnoreQueryFilters().Where(t => t.Id == token.Id)
                    .ExecuteUpdateAsync(set => set.SetProperty(t => t.LastUsedOn, today), Context.RequestAborted);
            }
        }

        return AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName));
    }
}
