using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Paritas.Web.Features.Accounts;

namespace Paritas.IntegrationTests.Security;

/// <summary>ASVS 7.4.1: an unexpected failure shows a generic message, never the exception or the stack.</summary>
public sealed class GenericErrorTests(GenericErrorTests.ThrowingFactory app) : IClassFixture<GenericErrorTests.ThrowingFactory>
{
    private const string Secret = "SECRET-DETAIL-7f3a connection string Password=hunter2";

    [Fact]
    public async Task A_failing_page_shows_the_generic_error_page()
    {
        var org = await app.CreateOrganisationAsync();
        var browser = await app.SignInAsAsync(Role.EmployerRepresentative, org);

        var response = await browser.GetAsync("/test/throw");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Sorry, there is a problem with the service", html, StringComparison.Ordinal);
        AssertNothingLeaks(html);
    }

    [Fact]
    public async Task A_failing_API_call_answers_problem_details_without_the_exception()
    {
        var org = await app.CreateOrganisationAsync();
        var api = await app.ApiClientAsync(Role.EmployerRepresentative, org);

        var response = await api.GetAsync("/api/v1/test/throw");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var json = await response.Content.ReadAsStringAsync();
        Assert.Contains("\"status\":500", json, StringComparison.Ordinal);
        AssertNothingLeaks(json);
    }

    private static void AssertNothingLeaks(string body)
    {
        Assert.DoesNotContain("SECRET-DETAIL", body, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", body, StringComparison.Ordinal);
        Assert.DoesNotContain("InvalidOperationException", body, StringComparison.Ordinal);
        Assert.DoesNotContain("GenericErrorTests", body, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", body, StringComparison.Ordinal);
    }

    /// <summary>The application plus two doors that always fail, behind everything the application sets up.</summary>
    public sealed class ThrowingFactory : ParitasFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.AddTransient<IStartupFilter, ThrowingDoors>());
        }
    }

    private sealed class ThrowingDoors : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            next(app);
            // Reached only when no endpoint matched, after authentication and authorisation ran.
            app.Use((HttpContext context, RequestDelegate following) =>
                context.Request.Path.Value is "/test/throw" or "/api/v1/test/throw"
                    ? throw new InvalidOperationException(Secret)
                    : following(context));
        };
    }
}
