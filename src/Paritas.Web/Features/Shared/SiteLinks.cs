using Microsoft.Extensions.Options;

namespace Paritas.Web.Features.Shared;

/// <summary>
/// Absolute links to Paritas for what leaves the browser: invitation and alert mails, survey letters,
/// concern posters, feeds. The configured site address wins; without one (development, tests) the
/// current request's host is used, and a background job without a request falls back to localhost.
/// </summary>
public sealed class SiteLinks(IOptions<SiteOptions> options, IHttpContextAccessor http)
{
    public string Absolute(string pathAndQuery)
    {
        ArgumentNullException.ThrowIfNull(pathAndQuery);
        var origin = options.Value.Address is { Length: > 0 } configured
            ? configured.TrimEnd('/')
            : http.HttpContext?.Request is { } request
                ? "https://" + request.Host.ToUriComponent()
                : "https://localhost";
        return origin + (pathAndQuery.StartsWith('/') ? pathAndQuery : "/" + pathAndQuery);
    }
}
