using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Paritas.Web.Data;
using Paritas.Web.Features.Accounts;

namespace Paritas.Web.Features.Organisations;

public static class OrganisationsApi
{
    public static RouteGroupBuilder MapOrganisationsApi(this RouteGroupBuilder api)
    {
        api.MapGet("/organisation", GetOrganisationAsync).WithName("GetOrganisation").WithSummary("The organisation the token is scoped to.");
        return api;
    }

    private static async Task<Ok<OrganisationResponse>> GetOrganisationAsync(CurrentUser me, AppDbContext db, CancellationToken ct)
    {
        var org = await db.Organisations.Where(o => o.Id == me.OrganisationId)
            .Select(o => new OrganisationResponse(o.Id, o.Slug, o.Name, o.CountryCode, o.MinimumSurveyGroup, o.MinimumHealthGroup))
            .FirstAsync(ct);
        return TypedResults.Ok(org);
    }

    public sealed record OrganisationResponse(Guid Id, string Slug, string Name, string Country, int MinimumSurveyGroup, int MinimumHealthGroup);
}
