using System.Net;
using Microsoft.EntityFrameworkCore;
using Paritas.Web.Features.Accounts;
using Paritas.Web.Features.Organisations;

namespace Paritas.IntegrationTests.OrganisationSetup;

/// <summary>Steps the set-up scenarios share: reading pages as a person sees them, and finding ids.</summary>
public static class SetupSteps
{
    /// <summary>The page's text with HTML entities decoded, so apostrophes read as typed.</summary>
    public static async Task<string> TextAsync(this HttpResponseMessage response)
        => WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

    public static Task<Guid> MembershipIdAsync(this ParitasFactory app, TestUser user, Organisation org)
        => app.WithScopeAsync((_, db) => db.Memberships.IgnoreQueryFilters().Where(m => m.UserId == user.Id && m.OrganisationId == org.Id).Select(m => m.Id).SingleAsync());

    public static Task<Role?> RoleOfAsync(this ParitasFactory app, TestUser user, Organisation org)
        => app.WithScopeAsync((_, db) => db.Memberships.IgnoreQueryFilters().Where(m => m.UserId == user.Id && m.OrganisationId == org.Id).Select(m => (Role?)m.Role).SingleOrDefaultAsync());

    public static Task<JointCommittee> CreateCommitteeAsync(this ParitasFactory app, Organisation org, string name) => app.WithScopeAsync(async (_, db) =>
    {
        var committee = new JointCommittee(org.Id, name);
        db.JointCommittees.Add(committee);
        await db.SaveChangesAsync();
        return committee;
    });

    public static Task<WorkforceDimension> CreateDimensionAsync(this ParitasFactory app, Organisation org, WorkforceDimensionKind kind, params (string Code, string Name)[] groups) => app.WithScopeAsync(async (_, db) =>
    {
        var dimension = new WorkforceDimension(org.Id, kind, kind.ToString());
        db.WorkforceDimensions.Add(dimension);
        db.WorkforceGroups.AddRange(groups.Select(g => new WorkforceGroup(dimension, g.Code, g.Name)));
        await db.SaveChangesAsync();
        return dimension;
    });

    public static void AssertRedirectsTo(this HttpResponseMessage response, string path)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!;
        var target = location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString;
        Assert.StartsWith(path, target, StringComparison.OrdinalIgnoreCase);
    }
}
