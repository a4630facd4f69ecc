using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Paritas.IntegrationTests.Security;

/// <summary>Every door the application has, read from its routing table rather than from a list someone must keep.</summary>
internal static partial class RouteCatalogue
{
    public static IReadOnlyList<RouteEndpoint> Endpoints(IServiceProvider services)
        => [.. services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()];

    public static bool IsPage(RouteEndpoint endpoint) => endpoint.Metadata.GetMetadata<PageActionDescriptor>() is not null;

    public static bool IsApi(RouteEndpoint endpoint) => PathOf(endpoint).StartsWith("/api/", StringComparison.OrdinalIgnoreCase);

    public static bool AllowsAnonymous(RouteEndpoint endpoint) => endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null;

    /// <summary>The route as written, with a leading slash: "/Organisation/Units/Edit", "/api/v1/units/{id:guid}".</summary>
    public static string PathOf(RouteEndpoint endpoint) => "/" + (endpoint.RoutePattern.RawText ?? "").TrimStart('/');

    /// <summary>A URL for the route: optional parameters left out, required ones filled with the given value.</summary>
    public static string UrlOf(RouteEndpoint endpoint, string value)
    {
        var path = OptionalParameter().Replace(PathOf(endpoint), "");
        path = RequiredParameter().Replace(path, value);
        return path.Length > 1 ? path.TrimEnd('/') : path;
    }

    /// <summary>Distinct page URLs (both "/X" and "/X/Index" forms), with required parameters filled.</summary>
    public static IReadOnlyList<string> PageUrls(IServiceProvider services, string parameterValue)
        => [.. Endpoints(services).Where(IsPage).Select(e => UrlOf(e, parameterValue)).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal)];

    public static IEnumerable<string> MethodsOf(RouteEndpoint endpoint)
        => endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"];

    /// <summary>Route text without constraints, lower case: "/api/v1/units/{id}".</summary>
    public static string Normalise(string route) => ParameterConstraint().Replace(route, "{$1}").ToLowerInvariant().TrimEnd('/');

    [GeneratedRegex(@"/?\{[^}]*\?\}")]
    private static partial Regex OptionalParameter();

    [GeneratedRegex(@"\{[^}]*\}")]
    private static partial Regex RequiredParameter();

    [GeneratedRegex(@"\{\*{0,2}([A-Za-z0-9_]+)[^}]*\}")]
    private static partial Regex ParameterConstraint();
}
