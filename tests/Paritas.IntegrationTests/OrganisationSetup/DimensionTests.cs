using System.Net;
using Microsoft.EntityFrameworkCore;
using Paritas.Web.Features.Accounts;
using Paritas.Web.Features.Organisations;

namespace Paritas.IntegrationTests.OrganisationSetup;

public sealed class DimensionTests(ParitasFactory app) : IClassFixture<ParitasFactory>
{
    [Fact]
    public async Task An_administrator_adds_a_dimension_and_its_groups_and_sees_the_breakdown_note()
    {
        var org = await app.CreateOrganisationAsync();
        var admin = await app.SignInAsAsync(Role.OrganisationAdministrator, org);

        var added = await admin.PostFormAsync("/Organisation/Dimensions", new() { ["Form.Kind"] = nameof(WorkforceDimensionKind.WorkingTime), ["Form.Name"] = "Working time" });
        var details = added.Headers.Location!.OriginalString;
        var group = await admin.PostFormAsync(details.Replace("Details?", "Details?handler=AddGroup&", StringComparison.Ordinal), new() { ["Group.Code"] = "part-time", ["Group.Name"] = "Part-time" }, details);
        var page = await (await admin.GetAsync(details)).TextAsync();

        added.AssertRedirectsTo("/Organisation/Dimensions/Details");
        group.AssertRedirectsTo("/Organisation/Dimensions/Details");
        Assert.Contains("part-time", page, StringComparison.Ordinal);
        Assert.Contains("at most one workforce dimension at a time", page, StringComparison.Ordinal);
        Assert.Contains("Keep groups coarse", page, StringComparison.Ordinal);
        Assert.Equal(1, await app.CountAsync(db => db.WorkforceGroups.Where(g => g.OrganisationId == org.Id && g.Code == "part-time")));
    }

    [Fact]
    public async Task A_second_dimension_of_a_kind_and_a_repeated_group_code_are_refused()
    {
        var org = await app.CreateOrganisationAsync();
        var admin = await app.SignInAsAsync(Role.OrganisationAdministrator, org);
        var dimension = await app.CreateDimensionAsync(org, WorkforceDimensionKind.Gender, ("f", "Women"), ("m", "Men"));

        var secondKind = await (await admin.PostFormAsync("/Organisation/Dimensions", new() { ["Form.Kind"] = nameof(WorkforceDimensionKind.Gender), ["Form.Name"] = "Sex" })).TextAsync();
        var repeatedCode = await (await admin.PostFormAsync($"/Organisation/Dimensions/Details?handler=AddGroup&id={dimension.Id}", new() { ["Group.Code"] = "F", ["Group.Name"] = "Female" }, $"/Organisation/Dimensions/Details?id={dimension.Id}")).TextAsync();
        var empty = await (await admin.PostFormAsync($"/Organisation/Dimensions/Details?handler=AddGroup&id={dimension.Id}", new() { ["Group.Code"] = " ", ["Group.Name"] = "" }, $"/Organisation/Dimensions/Details?id={dimension.Id}")).TextAsync();

        Assert.Contains("The organisation has a dimension of this kind already.", secondKind, StringComparison.Ordinal);
        Assert.Contains("Another group of this dimension has this code already.", repeatedCode, StringComparison.Ordinal);
        Assert.Contains("Enter the code your HR system uses for this group.", empty, StringComparison.Ordinal);
        Assert.Contains("Enter a name for the group.", empty, StringComparison.Ordinal);
        Assert.Equal(1, await app.CountAsync(db => db.WorkforceDimensions.Where(d => d.OrganisationId == org.Id)));
        Assert.Equal(2, await app.CountAsync(db => db.WorkforceGroups.Where(g => g.DimensionId == dimension.Id)));
    }

    [Fact]
    public async Task A_group_is_renamed_and_removed_and_an_empty_dimension_removed()
    {
        var org = await app.CreateOrganisationAsync();
        var admin = await app.SignInAsAsync(Role.OrganisationAdministrator, org);
        var dimension = await app.CreateDimensionAsync(org, WorkforceDimensionKind.ContractType, ("perm", "Permanent"), ("temp", "Temporary"));
        var (perm, temp) = await app.WithScopeAsync(async (_, db) =>
        {
            var groups = await db.WorkforceGroups.IgnoreQueryFilters().Where(g => g.DimensionId == dimension.Id).ToDictionaryAsync(g => g.Code, g => g.Id);
            return (groups["perm"], groups["temp"]);
        });

        var clash = await (await admin.PostFormAsync($"/Organisation/Dimensions/Group?id={perm}", new() { ["Form.Name"] = "temporary" })).TextAsync();
        var renamed = await admin.PostFormAsync($"/Organisation/Dimensions/Group?id={perm}", new() { ["Form.Name"] = "Open-ended" });
        var notEmpty = await (await admin.PostFormAsync($"/Organisation/Dimensions/Details?handler=Remove&id={dimension.Id}", new(), $"/Organisation/Dimensions/Details?id={dimension.Id}")).TextAsync();
        await admin.PostFormAsync($"/Organisation/Dimensions/Group?handler=Remove&id={perm}", new(), $"/Organisation/Dimensions/Group?id={perm}");
        await admin.PostFormAsync($"/Organisation/Dimensions/Group?handler=Remove&id={temp}", new(), $"/Organisation/Dimensions/Group?id={temp}");
        var removed = await admin.PostFormAsync($"/Organisation/Dimensions/Details?handler=Remove&id={dimension.Id}", new(), $"/Organisation/Dimensions/Details?id={dimension.Id}");

        Assert.Contains("Another group of this dimension has this name already.", clash, StringComparison.Ordinal);
        renamed.AssertRedirectsTo("/Organisation/Dimensions/Details");
        Assert.Contains("Remove the groups of this dimension first.", notEmpty, StringComparison.Ordinal);
        removed.AssertRedirectsTo("/Organisation/Dimensions");
        Assert.Equal(0, await app.CountAsync(db => db.WorkforceDimensions.Where(d => d.Id == dimension.Id)));
    }

    [Fact]
    public async Task A_dimension_or_group_of_another_organisation_is_not_found()
    {
        var org = await app.CreateOrganisationAsync();
        var admin = await app.SignInAsAsync(Role.OrganisationAdministrator, org);
        var foreign = await app.CreateDimensionAsync(await app.CreateOrganisationAsync(), WorkforceDimensionKind.AgeBand, ("u30", "Under 30"));
        var foreignGroup = await app.WithScopeAsync((_, db) => db.WorkforceGroups.IgnoreQueryFilters().Where(g => g.DimensionId == foreign.Id).Select(g => g.Id).SingleAsync());

        var details = await admin.GetAsync($"/Organisation/Dimensions/Details?id={foreign.Id}");
        var addGroup = await admin.PostFormAsync($"/Organisation/Dimensions/Details?handler=AddGroup&id={foreign.Id}", new() { ["Group.Code"] = "x", ["Group.Name"] = "X" }, "/Organisation/Dimensions");
        var group = await admin.GetAsync($"/Organisation/Dimensions/Group?id={foreignGroup}");

        Assert.Equal(HttpStatusCode.NotFound, details.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, addGroup.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, group.StatusCode);
        Assert.Equal(1, await app.CountAsync(db => db.WorkforceGroups.Where(g => g.DimensionId == foreign.Id)));
    }
}
