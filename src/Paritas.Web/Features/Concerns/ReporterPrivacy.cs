namespace Paritas.Web.Features.Concerns;

/// <summary>
/// On the pages a reporter uses, the request forgets who sent it before anything else runs: the
/// client address, user agent, referrer and forwarding headers are removed, so no later logger,
/// error page or handler can record them, by accident or by a future change.
/// </summary>
public static class ReporterPrivacy
{
    private static readonly string[] IdentifyingHeaders =
        ["User-Agent", "Referer", "X-Forwarded-For", "X-Forwarded-Host", "X-Real-IP", "Forwarded", "True-Client-IP", "CF-Connecting-IP", "Via", "From", "DNT", "Sec-CH-UA", "Sec-CH-UA-Platform", "Sec-CH-UA-Mobile"];

    public static bool IsReporterPath(PathString path)
        => path.StartsWithSegments("/Concerns/Report", StringComparison.OrdinalIgnoreCase)
           || path.StartsWithSegments("/Concerns/Follow", StringComparison.OrdinalIgnoreCase);

    public static IApplicationBuilder UseReporterPrivacy(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (IsReporterPath(context.Request.Path))
        {
            foreach (var header in IdentifyingHeaders)
            {
                context.Request.Headers.Remove(header);
            }

            context.Connection.RemoteIpAddress = null;
            context.Connection.RemotePort = 0;
            context.Response.OnStarting(() =>
            {
                context.Response.Headers.CacheControl = "no-store";
                context.Response.Headers["Referrer-Policy"] = "no-referrer";
                return Task.CompletedTask;
            });
        }

        await next();
    });
}
