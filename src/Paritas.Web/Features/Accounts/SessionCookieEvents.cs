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
        => IsApi(context) ? Status(context, StatusCodes.Status401Unauthorized) : base.RedirectToLogin(Relative(context));

    public override Task RedirectToAccessDenied(RedirectContext<CookieAuthenticationOptions> context)
        => IsApi(context) ? Status(context, StatusCodes.Status403Forbidden) : base.RedirectToAccessDenied(Relative(context));

    public override Task RedirectToLogout(RedirectContext<CookieAuthenticationOptions> context) => base.RedirectToLogout(Relative(context));

    public override Task RedirectToReturnUrl(RedirectContext<CookieAuthenticationOptions> context) => base.RedirectToReturnUrl(Relative(context));

    /// <summary>
    /// Redirects within the site stay relative: the browser keeps the scheme and host it used, which
    /// matters where plain HTTP on this machine is served as if it were HTTPS (TransportSecurity).
    /// </summary>
    private static RedirectContext<CookieAuthenticationOptions> Relative(RedirectContext<CookieAuthenticationOptions> context)
    {
        if (Uri.TryCreate(context.RedirectUri, UriKind.Absolute, out var uri)
            && string.Equals(uri.Authority, context.Request.Host.Value, StringComparison.OrdinalIgnoreCase))
        {
            context.RedirectUri = uri.PathAndQuery + uri.Fragment;
        }

        return context;
    }

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
