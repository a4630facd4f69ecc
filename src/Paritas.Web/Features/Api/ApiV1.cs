using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Paritas.Web.Data;
using Paritas.Web.Features.Accounts;
using Paritas.Web.Features.Assessments;
using Paritas.Web.Features.Changes;
using Paritas.Web.Features.Library;
using Paritas.Web.Features.Concerns;
using Paritas.Web.Features.Organisations;
using Paritas.Web.Features.Training;
using Paritas.Web.Features.Surveys;

namespace Paritas.Web.Features.Api;

/// <summary>
/// The versioned JSON API. It takes personal access tokens only — never the browser's cookie —
/// so it needs no antiforgery token and cannot be driven by another site.
/// </summary>
public static class ApiV1
{
    public const string Policy = "ApiV1";

    public static IServiceCollection AddApiV1(this IServiceCollection services)
    {
        services.AddOpenApi("v1", o => o.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Paritas API";
            document.Info.Version = "v1";
            document.Info.Description = "Organisations, units, workforce dimensions and joint committees. Authenticate with a personal access token: Authorization: Bearer prt_…";
            return Task.CompletedTask;
        }));
        services.AddAuthorizationBuilder().AddPolicy(Policy, p => p
            .AddAuthenticationSchemes(TokenAuthenticationHandler.SchemeName)
            .RequireAuthenticatedUser()
            .RequireClaim(ParitasClaims.OrganisationId));
        return services;
    }

    public static WebApplication MapApiV1(this WebApplication app)
    {
        app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();
        var api = app.MapGroup("/api/v1").RequireAuthorization(Policy).WithTags("Paritas");
        api.MapGet("/me", MeAsync).WithName("GetMe").WithSummary("Who the token belongs to, and its organisation and role.");
        api.MapOrganisationsApi();
        api.MapOrganisationSetupApi();
        api.MapChangesApi();
        api.MapAssessmentsApi();
        api.MapTrainingApi();
        api.MapSurveysApi();
        api.MapLibraryApi();
        api.MapConcernsApi();
        return app;
    }

    private static async Task<Ok<MeResponse>> MeAsync(CurrentUser me, AppDbContext db, CancellationToken ct)
    {
        var org = await db.Organisations.Where(o => o.Id == me.OrganisationId).Select(o => new { o.Slug, o.Name }).FirstAsync(ct);
        return TypedResults.Ok(new MeResponse(me.RequiredId, me.Name, org.Slug, org.Name, me.Role?.ToString() ?? ""));
    }

    public sealed record MeResponse(Guid UserId, string Name, string Organisation, string OrganisationName, string Role);
}
