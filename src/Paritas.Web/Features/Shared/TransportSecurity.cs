using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Paritas.Web.Features.Shared;

/// <summary>
/// Paritas is served over HTTPS: its cookies are Secure and __Host- prefixed. Behind a reverse proxy
/// the scheme comes from X-Forwarded-Proto. A plain-HTTP request from this machine itself (a
/// developer's `dotnet run`, the browser tests) never crossed a network, and browsers treat
/// localhost as a secure context, so it is served as if it were HTTPS. Any other plain-HTTP
/// request is sent to the HTTPS address.
/// </summary>
public static class TransportSecurity
{
    public static IApplicationBuilder UseTransportSecurity(this IApplicationBuilder app)
    {
        var forwarded = new ForwardedHeadersOptions { ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto };
        app.UseForwardedHeaders(forwarded);
        return app.Use(async (context, next) =>
        {
            var request = context.Request;
            if (!request.IsHttps)
            {
                var proxied = request.Headers.ContainsKey("X-Original-Proto") || request.Headers.ContainsKey(forwarded.ForwardedProtoHeaderName);
                if (!proxied && context.Connection.RemoteIpAddress is { } address && IPAddress.IsLoopback(address))
                {
                    request.Scheme = Uri.UriSchemeHttps;
                }
                else
                {
                    context.Response.StatusCode = StatusCodes.Status308PermanentRedirect;
                    context.Response.Headers.Location = $"https://{request.Host}{request.PathBase}{request.Path}{request.QueryString}";
                    return;
                }
            }

            await next();
        });
    }
}
