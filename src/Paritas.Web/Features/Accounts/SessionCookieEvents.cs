using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.EntityFrameworkCore;
using Paritas.Web.Data;

namespace Paritas.Web.Features.Accounts;

/// <summary>
/// Cookie authentication is stateless by itself; here every request checks the server-side
/// session, so sign-out, disabling and role changes end a cookie's power immediately.
/// </summary>
public sealed class SessionCookieEvents : CookieAuthenticationEvents
{
    public override async Task ValidatePrincipal(CookieValidatePrincipalContext context)
    {
        var services = context.HttpContext.RequestServices;
        var db = services.GetRequiredService<AppDbContext>();
        var ct = context.HttpContext.RequestAborted;
        if (!Guid.TryParse(context.Principal?.FindFirst(ParitasClaims.SessionId)?.Value, out var sessionId))
        {
            await RejectAsync(context);
            return;
        }

        var session = await db.UserSessions.AsNoTracking().FirstOrDefaultAsync(s => s.Id == sessionId, ct);
        if (session is null || !session.IsActive)
        {
            await RejectAsync(context);
            return;
        }

        var principal = await services.GetRequiredService<AccessResolver>()
            .ResolveAsync(session.UserId, session.Id, session.ActiveOrganisationId, session.SecondFactorVerified, AccessResolver.CookieAuthenticationType, ct);
        if (principal is null)
        {
            await RejectAsync(context);
            return;
        }

        context.ReplacePrincipal(principal);
        context.ShouldRenew = false;
    }

    public override Task RedirectToLogin(RedirectContext<CookieAuthenticationOptions> context)
        => IsApi(context) ? Status(context, StatusCodes.Status401Unauthorized) : base.RedirectToLogin(context);

    public override Task RedirectToAccessDenied(RedirectContext<CookieAuthenticationOptions> context)
        => IsApi(context) ? Status(context, StatusCodes.Status403Forbidden) : base.RedirectToAccessDenied(context);

    private static bool IsApi(RedirectContext<CookieAuthenticationOptions> context)
        => context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase);

    private static Task Status(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        context.Response.StatusCode = status;
        return Task.CompletedTask;
    }

    private static async Task RejectAsync(CookieValidatePrincipalContext context)
    {
        context.RejectPrincipal();
        await context.HttpContext.SignOutAsync(context.Scheme.Name);
    }
}
