using System.Net;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Paritas.IntegrationTests.Security;

/// <summary>ASVS 4.1.5/1.4.4: deny by default; the few public doors are named here and nowhere else may be opened anonymously.</summary>
public sealed class FallbackAuthorisationTests(ParitasFactory app) : IClassFixture<ParitasFactory>
{
    private static readonly HashSet<string> PublicRoutes = new(StringComparer.OrdinalIgnoreCase)
    {
        "/", "/Index", "/Accessibility", "/Privacy", "/Error", "/Culture",
        "/Account/SignIn", "/Account/SecondFactor", "/Account/AcceptInvitation", "/Account/Denied", "/Account/SignOut",
        "/Setup", "/Setup/Index", "/health/live", "/health/ready", "/openapi/{documentName}.json",

        // Calendar programs send no cookie: the feed's secret address is its key (CalendarFeedTests).
        "/calendar/{secret}.ics",

        // Workers answer surveys without an account: the survey token is the key (P2, SurveyApiTests).
        "/a", "/Surveys/Answer", "/Surveys/Thanks", "/api/v1/responses",
        // The public library: anyone browses and searches what is public (LibraryVisibilityTests).
        "/Library", "/Library/Index", "/Library/Item/{uid}", "/Library/History/{uid}", "/library/feed.atom", "/library/export.json",
        // Workers raise and follow concerns without an account: the receipt is the key (Concerns tests).
        "/Concerns/Report/{organisation}/{unit:guid?}", "/Concerns/Follow",
    };

    [Fact]
    public async Task The_fallback_policy_requires_a_signed_in_user()
    {
        var fallback = await app.Services.GetRequiredService<IAuthorizationPolicyProvider>().GetFallbackPolicyAsync();

        Assert.NotNull(fallback);
        Assert.Contains(fallback.Requirements, r => r is DenyAnonymousAuthorizationRequirement);
    }

    [Fact]
    public void Only_the_listed_public_routes_and_static_assets_allow_anonymous_access()
    {
        var endpoints = RouteCatalogue.Endpoints(app.Services);
        Assert.Contains(endpoints, e => RouteCatalogue.PathOf(e) == "/Start");

        var open = endpoints.Where(RouteCatalogue.AllowsAnonymous)
            .Where(e => !IsStaticAsset(e))
            .Select(RouteCatalogue.PathOf)
            .Where(p => !PublicRoutes.Contains(p))
            .Distinct()
            .ToList();

        Assert.True(open.Count == 0, "Endpoints open to anonymous people that are not on the public list: " + string.Join(", ", open));
    }

    [Fact]
    public async Task An_anonymous_visit_to_any_other_page_is_sent_to_sign_in()
    {
        var browser = app.NewBrowser();
        var pages = RouteCatalogue.Endpoints(app.Services)
            .Where(e => !IsPublic(e) && !RouteCatalogue.IsApi(e))
            .Select(e => RouteCatalogue.UrlOf(e, Guid.NewGuid().ToString("D")))
            .Distinct()
            .ToList();
        Assert.Contains("/Start", pages);

        foreach (var page in pages)
        {
            var get = await browser.GetAsync(page);
            Assert.True(SignInSteps.RedirectsToSignIn(get), $"GET {page} answered {(int)get.StatusCode} {get.Headers.Location}");
            var post = await browser.PostAsync(page, new FormUrlEncodedContent([]));
            Assert.True(SignInSteps.RedirectsToSignIn(post), $"POST {page} answered {(int)post.StatusCode} {post.Headers.Location}");
        }
    }

    [Fact]
    public async Task Every_API_route_answers_401_without_a_token_or_with_a_bad_one()
    {
        var routes = RouteCatalogue.Endpoints(app.Services).Where(RouteCatalogue.IsApi).Where(e => !IsPublic(e)).ToList();
        Assert.Contains(routes, e => RouteCatalogue.PathOf(e) == "/api/v1/me");
        var anonymous = app.NewBrowser();
        var forged = app.ApiClient("prt_" + new string('A', 43));

        foreach (var route in routes)
        {
            var url = RouteCatalogue.UrlOf(route, Guid.NewGuid().ToString("D"));
            foreach (var method in RouteCatalogue.MethodsOf(route))
            {
                foreach (var client in new[] { anonymous, forged })
                {
                    using var request = new HttpRequestMessage(new HttpMethod(method), url);
                    if (method is not "GET" and not "DELETE" and not "HEAD")
                    {
                        request.Content = new StringContent("{}", System.Text.Encoding.UTF8, "application/json");
                    }

                    var response = await client.SendAsync(request);
                    Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, $"{method} {url} answered {(int)response.StatusCode}");
                }
            }
        }
    }

    [Fact]
    public async Task A_signed_in_browser_cannot_use_the_API_with_its_cookie()
    {
        var org = await app.CreateOrganisationAsync();
        var browser = await app.SignInAsAsync(Paritas.Web.Features.Accounts.Role.OrganisationAdministrator, org);

        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.GetAsync("/api/v1/me")).StatusCode);
    }

    private static bool IsPublic(RouteEndpoint e) => IsStaticAsset(e) || PublicRoutes.Contains(RouteCatalogue.PathOf(e));

    private static bool IsStaticAsset(RouteEndpoint e)
        => e.Metadata.Any(m => m.GetType().FullName == "Microsoft.AspNetCore.StaticAssets.StaticAssetDescriptor");
}
