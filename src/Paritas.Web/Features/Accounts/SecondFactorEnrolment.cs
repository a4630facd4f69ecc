namespace Paritas.Web.Features.Accounts;

public static class SecondFactorEnrolment
{
    public const string SetupPath = "/Account/SetupAuthenticator";

    private static readonly string[] Allowed = [SetupPath, "/Account/SignOut", "/Culture", "/Error", "/Accessibility", "/Privacy", "/health", "/css", "/favicon.ico"];

    /// <summary>
    /// A person whose role can see worker aggregates and who has no second factor yet can do
    /// nothing but set one up (or sign out).
    /// </summary>
    public static IApplicationBuilder UseSecondFactorEnrolment(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (context.User.HasClaim(ParitasClaims.SecondFactorPending, "true")
            && !Allowed.Any(p => context.Request.Path.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase)))
        {
            if (context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return;
            }

            context.Response.Redirect(SetupPath);
            return;
        }

        await next();
    });
}
