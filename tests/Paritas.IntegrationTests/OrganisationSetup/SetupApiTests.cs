using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Paritas.Web.Features.Accounts;
using Paritas.Web.Features.Organisations;

namespace Paritas.IntegrationTests.OrganisationSetup;

public sealed class SetupApiTests(ParitasFactory app) : IClassFixture<ParitasFactory>
{
    [Fact]
    public async Task The_members_list_shows_role_and_second_factor_to_administrators_only()
    {
        var org = await app.CreateOrganisationAsync();
        var api = await app.ApiClientAsync(Role.OrganisationAdministrator, org);
        var viewer = await app.CreateUserAsync(org, Role.Viewer, withAuthenticator: false);
        var stranger = await app.CreateUserAsync(await app.CreateOrganisationAsync(), Role.Viewer);
        var employerApi = await app.ApiClientAsync(Role.EmployerRepresentative, org);

        var members = await api.GetFromJsonAsync<JsonElement>("/api/v1/members");
        var forbidden = await employerApi.GetAsync("/api/v1/members");

        var row = members.EnumerateArray().Single(m => m.GetProperty("email").GetString() == viewer.Email);
        Assert.Equal("Viewer", row.GetProperty("role").GetString());
        Assert.False(row.GetProperty("secondFactor").GetBoolean());
        Assert.DoesNotContain(members.EnumerateArray(), m => m.GetProperty("email").GetString() == stranger.Email);
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
    }

    [Fact]
    public async Task Dimensions_and_groups_are_created_with_the_same_rules_as_the_pages()
    {
        var org = await app.CreateOrganisationAsync();
        var api = await app.ApiClientAsync(Role.OrganisationAdministrator, org);

        var created = await api.PostAsJsonAsync("/api/v1/workforce-dimensions", new { kind = "AgeBand", name = "Age band" });
        var dimension = await created.Content.ReadFromJsonAsync<JsonElement>();
        var id = dimension.GetProperty("id").GetGuid();
        var group = await api.PostAsJsonAsync($"/api/v1/workforce-dimensions/{id}/groups", new { code = "50+", name = "50 and over" });
        var repeated = await api.PostAsJsonAsync($"/api/v1/workforce-dimensions/{id}/groups", new { code = "50+", name = "Fifty plus" });
        var secondKind = await api.PostAsJsonAsync("/api/v1/workforce-dimensions", new { kind = "ageband", name = "Ages" });
        var unknownKind = await api.PostAsJsonAsync("/api/v1/workforce-dimensions", new { kind = "Religion", name = "Religion" });
        var list = await api.GetFromJsonAsync<JsonElement>("/api/v1/workforce-dimensions");

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("AgeBand", dimension.GetProperty("kind").GetString());
        Assert.Equal(HttpStatusCode.Created, group.StatusCode);
        await AssertProblemAsync(repeated, "code", "Another group of this dimension has this code already.");
        await AssertProblemAsync(secondKind, "kind", "The organisation has a dimension of this kind already.");
        await AssertProblemAsync(unknownKind, "kind", "Choose one of the kinds of dimension listed.");
        var only = Assert.Single(list.EnumerateArray());
        Assert.Equal("50+", Assert.Single(only.GetProperty("groups").EnumerateArray()).GetProperty("code").GetString());
    }

    [Fact]
    public async Task Committees_are_created_and_members_added_with_the_side_rules()
    {
        var org = await app.CreateOrganisationAsync();
        var api = await app.ApiClientAsync(Role.OrganisationAdministrator, org);
        var steward = await app.CreateUserAsync(org, Role.WorkersRepresentative);

        var created = await api.PostAsJsonAsync("/api/v1/committees", new { name = "Joint committee" });
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var duplicate = await api.PostAsJsonAsync("/api/v1/committees", new { name = "joint committee" });
        var wrongSide = await api.PostAsJsonAsync($"/api/v1/committees/{id}/members", new { userId = steward.Id, side = "Employer", role = "Member" });
        var numericSide = await api.PostAsJsonAsync($"/api/v1/committees/{id}/members", new { userId = steward.Id, side = "0", role = "Member" });
        var added = await api.PostAsJsonAsync($"/api/v1/committees/{id}/members", new { userId = steward.Id, side = "Workers", role = "ShopSteward" });
        var committee = await api.GetFromJsonAsync<JsonElement>($"/api/v1/committees/{id}");
        var all = await api.GetFromJsonAsync<JsonElement>("/api/v1/committees");

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        await AssertProblemAsync(duplicate, "name", "The organisation has a committee with this name already.");
        await AssertProblemAsync(wrongSide, "side", "cannot sit on the employer side.");
        await AssertProblemAsync(numericSide, "side", "Choose the side the person sits on");
        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        var member = Assert.Single(committee.GetProperty("members").EnumerateArray());
        Assert.Equal("Workers", member.GetProperty("side").GetString());
        Assert.Equal("ShopSteward", member.GetProperty("role").GetString());
        Assert.Equal(1, Assert.Single(all.EnumerateArray()).GetProperty("memberCount").GetInt32());
    }

    [Fact]
    public async Task A_committee_or_dimension_of_another_organisation_is_not_found()
    {
        var org = await app.CreateOrganisationAsync();
        var api = await app.ApiClientAsync(Role.OrganisationAdministrator, org);
        var otherOrg = await app.CreateOrganisationAsync();
        var foreignCommittee = await app.CreateCommitteeAsync(otherOrg, "Theirs");
        var foreignDimension = await app.CreateDimensionAsync(otherOrg, WorkforceDimensionKind.Gender);
        var mine = await app.CreateUserAsync(org, Role.EmployerRepresentative);

        var get = await api.GetAsync($"/api/v1/committees/{foreignCommittee.Id}");
        var addMember = await api.PostAsJsonAsync($"/api/v1/committees/{foreignCommittee.Id}/members", new { userId = mine.Id, side = "Employer", role = "Member" });
        var addGroup = await api.PostAsJsonAsync($"/api/v1/workforce-dimensions/{foreignDimension.Id}/groups", new { code = "x", name = "X" });

        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, addMember.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, addGroup.StatusCode);
        Assert.Equal(0, await app.CountAsync(db => db.CommitteeMembers.Where(m => m.CommitteeId == foreignCommittee.Id)));
        Assert.Equal(0, await app.CountAsync(db => db.WorkforceGroups.Where(g => g.DimensionId == foreignDimension.Id)));
    }

    [Fact]
    public async Task Other_roles_may_read_but_not_write()
    {
        var org = await app.CreateOrganisationAsync();
        var api = await app.ApiClientAsync(Role.WorkersRepresentative, org);

        var read = await api.GetAsync("/api/v1/committees");
        var write = await api.PostAsJsonAsync("/api/v1/committees", new { name = "Ours" });
        var dimension = await api.PostAsJsonAsync("/api/v1/workforce-dimensions", new { kind = "Gender", name = "Gender" });

        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, write.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, dimension.StatusCode);
        Assert.Equal(0, await app.CountAsync(db => db.JointCommittees.Where(c => c.OrganisationId == org.Id)));
    }

    [Fact]
    public async Task Malformed_bodies_are_refused_as_problems_and_change_nothing()
    {
        var org = await app.CreateOrganisationAsync();
        var api = await app.ApiClientAsync(Role.OrganisationAdministrator, org);
        var committee = await app.CreateCommitteeAsync(org, "Joint committee");

        var notJson = await api.PostAsync("/api/v1/committees", new StringContent("{ name: ", System.Text.Encoding.UTF8, "application/json"));
        var badGuid = await api.PostAsync($"/api/v1/committees/{committee.Id}/members", new StringContent("""{"userId":"nobody","side":"Workers","role":"Member"}""", System.Text.Encoding.UTF8, "application/json"));
        var empty = await api.PostAsJsonAsync("/api/v1/committees", new { name = "  " });

        Assert.Equal(HttpStatusCode.BadRequest, notJson.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, badGuid.StatusCode);
        await AssertProblemAsync(empty, "name", "Enter a name for the committee.");
        Assert.Equal(1, await app.CountAsync(db => db.JointCommittees.Where(c => c.OrganisationId == org.Id)));
        Assert.Equal(0, await app.CountAsync(db => db.CommitteeMembers.Where(m => m.CommitteeId == committee.Id)));
    }

    [Fact]
    public async Task The_set_up_endpoints_are_described_in_the_openapi_document()
    {
        var document = await app.NewBrowser().GetStringAsync("/openapi/v1.json");

        foreach (var operation in new[] { "GetMembers", "GetWorkforceDimensions", "CreateWorkforceDimension", "CreateWorkforceGroup", "GetCommittees", "GetCommittee", "CreateCommittee", "AddCommitteeMember" })
        {
            Assert.Contains($"\"{operation}\"", document, StringComparison.Ordinal);
        }
    }

    private static async Task AssertProblemAsync(HttpResponseMessage response, string field, string message)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        var messages = problem.GetProperty("errors").GetProperty(field).EnumerateArray().Select(e => e.GetString()).ToList();
        Assert.Contains(messages, m => m!.Contains(message, StringComparison.Ordinal));
    }
}
