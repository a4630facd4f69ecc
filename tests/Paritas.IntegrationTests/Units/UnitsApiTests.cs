using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Paritas.Web.Features.Accounts;
using Paritas.Web.Features.Organisations;

namespace Paritas.IntegrationTests.Units;

/// <summary>Programs keep the unit tree through /api/v1/units with the same rules as the pages.</summary>
public sealed class UnitsApiTests(ParitasFactory app) : IClassFixture<ParitasFactory>
{
    [Fact]
    public async Task Any_member_lists_and_reads_units_with_their_parent_code()
    {
        var org = await app.CreateOrganisationAsync();
        var parent = await app.AddUnitAsync(org, "HSC", sector: Sector.HealthAndSocialCare);
        var child = await app.AddUnitAsync(org, "HSC-NH", parent, name: "Nursing home", sector: Sector.HealthAndSocialCare, headcount: 85);
        var api = await app.ApiClientAsync(Role.Viewer, org);

        var list = await api.GetFromJsonAsync<JsonElement>("/api/v1/units");
        var one = await api.GetFromJsonAsync<JsonElement>($"/api/v1/units/{child.Id}");

        Assert.Equal(2, list.GetArrayLength());
        Assert.Equal("HSC", one.GetProperty("parentCode").GetString());
        Assert.Equal(parent.Id, one.GetProperty("parentId").GetGuid());
        Assert.Equal("health_and_social_care", one.GetProperty("sector").GetString());
        Assert.Equal(85, one.GetProperty("headcount").GetInt32());
        Assert.Equal(child.Version, one.GetProperty("version").GetGuid());
    }

    [Fact]
    public async Task Another_organisations_unit_is_not_found_for_reads_and_writes()
    {
        var other = await app.CreateOrganisationAsync();
        var theirs = await app.AddUnitAsync(other, "THEIRS");
        var org = await app.CreateOrganisationAsync();
        var api = await app.ApiClientAsync(Role.OrganisationAdministrator, org);

        var get = await api.GetAsync($"/api/v1/units/{theirs.Id}");
        var put = await api.PutAsJsonAsync($"/api/v1/units/{theirs.Id}", new { version = theirs.Version, name = "Mine now", sector = "other", headcount = 1 });
        var close = await api.PostAsJsonAsync($"/api/v1/units/{theirs.Id}/close", new { on = "2024-01-01" });

        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, put.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, close.StatusCode);
        var unchanged = (await app.FindUnitAsync(other, "THEIRS"))!;
        Assert.Equal(("Unit THEIRS", (DateOnly?)null), (unchanged.Name, unchanged.ClosedOn));
        Assert.Empty((await api.GetFromJsonAsync<JsonElement>("/api/v1/units")).EnumerateArray());
    }

    [Fact]
    public async Task Members_who_are_not_the_administrator_cannot_write()
    {
        var org = await app.CreateOrganisationAsync();
        var unit = await app.AddUnitAsync(org, "ADM");
        var api = await app.ApiClientAsync(Role.EmployerRepresentative, org);

        var create = await api.PostAsJsonAsync("/api/v1/units", new { code = "NEW", name = "New", sector = "other", headcount = 1 });
        var put = await api.PutAsJsonAsync($"/api/v1/units/{unit.Id}", new { version = unit.Version, name = "Renamed", sector = "other", headcount = 1 });
        var close = await api.PostAsJsonAsync($"/api/v1/units/{unit.Id}/close", new { on = "2024-01-01" });
        using var csv = new StringContent("code,name,parent_code,sector,headcount\nX,X,,other,1\n", Encoding.UTF8, "text/csv");
        var import = await api.PostAsync("/api/v1/units/import", csv);
        var read = await api.GetAsync($"/api/v1/units/{unit.Id}");

        Assert.All([create, put, close, import], r => Assert.Equal(HttpStatusCode.Forbidden, r.StatusCode));
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal(1, await app.UnitCountAsync(org));
        Assert.Equal("Unit ADM", (await app.FindUnitAsync(org, "ADM"))!.Name);
    }

    [Fact]
    public async Task The_administrator_creates_a_unit_under_a_parent_named_by_code()
    {
        var org = await app.CreateOrganisationAsync();
        var parent = await app.AddUnitAsync(org, "EDU");
        var api = await app.ApiClientAsync(Role.OrganisationAdministrator, org);

        var response = await api.PostAsJsonAsync("/api/v1/units", new { code = "EDU-LIB", name = "Library", sector = "education-and-culture", headcount = 3, parentCode = "EDU" });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("EDU", body.GetProperty("parentCode").GetString());
        Assert.Equal($"/api/v1/units/{body.GetProperty("id").GetGuid()}", response.Headers.Location!.OriginalString);
        Assert.Equal(parent.Id, (await app.FindUnitAsync(org, "EDU-LIB"))!.ParentId);
    }

    [Fact]
    public async Task A_taken_code_and_bad_fields_give_a_validation_problem_naming_each_field()
    {
        var org = await app.CreateOrganisationAsync();
        await app.AddUnitAsync(org, "ADM");
        var api = await app.ApiClientAsync(Role.OrganisationAdministrator, org);

        var response = await api.PostAsJsonAsync("/api/v1/units", new { code = "ADM", name = "", sector = "farming", headcount = -1 });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.StartsWith("A unit with this code already exists", errors.GetProperty("code")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal("Enter a name.", errors.GetProperty("name")[0].GetString());
        Assert.StartsWith("The sector must be one of", errors.GetProperty("sector")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal("Enter the headcount as a whole number from 0 to 1,000,000.", errors.GetProperty("headcount")[0].GetString());
        Assert.Equal(1, await app.UnitCountAsync(org));
    }

    [Fact]
    public async Task An_update_needs_the_current_version_and_a_stale_one_gives_409()
    {
        var org = await app.CreateOrganisationAsync();
        var unit = await app.AddUnitAsync(org, "HR");
        var api = await app.ApiClientAsync(Role.OrganisationAdministrator, org);

        var missing = await api.PutAsJsonAsync($"/api/v1/units/{unit.Id}", new { name = "People", sector = "administration", headcount = 4 });
        var first = await api.PutAsJsonAsync($"/api/v1/units/{unit.Id}", new { version = unit.Version, name = "People", sector = "administration", headcount = 4 });
        var stale = await api.PutAsJsonAsync($"/api/v1/units/{unit.Id}", new { version = unit.Version, name = "Overwritten", sector = "administration", headcount = 5 });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, missing.StatusCode);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var newVersion = (await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetGuid();
        Assert.NotEqual(unit.Version, newVersion);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal("application/problem+json", stale.Content.Headers.ContentType!.MediaType);
        var current = (await app.FindUnitAsync(org, "HR"))!;
        Assert.Equal(("People", 4, newVersion), (current.Name, current.Headcount, current.Version));
    }

    [Fact]
    public async Task Moving_a_unit_below_itself_is_refused_and_closing_works_with_a_date()
    {
        var org = await app.CreateOrganisationAsync();
        var root = await app.AddUnitAsync(org, "ROOT");
        var child = await app.AddUnitAsync(org, "CHILD", root);
        var api = await app.ApiClientAsync(Role.OrganisationAdministrator, org);

        var cycle = await api.PutAsJsonAsync($"/api/v1/units/{root.Id}", new { version = root.Version, name = "Root", sector = "other", headcount = 1, parentId = child.Id });
        var close = await api.PostAsJsonAsync($"/api/v1/units/{child.Id}/close", new { on = "2024-05-31" });
        var again = await api.PostAsJsonAsync($"/api/v1/units/{child.Id}/close", new { on = "2024-05-31" });
        var noDate = await api.PostAsJsonAsync($"/api/v1/units/{root.Id}/close", new { version = root.Version });
        using var empty = new StringContent("", Encoding.UTF8, "application/json");
        var reopen = await api.PostAsync($"/api/v1/units/{child.Id}/reopen", empty);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, cycle.StatusCode);
        Assert.Contains("parentId", (await cycle.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").EnumerateObject().Select(p => p.Name));
        Assert.Null((await app.FindUnitAsync(org, "ROOT"))!.ParentId);
        Assert.Equal(HttpStatusCode.OK, close.StatusCode);
        Assert.Equal("2024-05-31", (await close.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("closedOn").GetString());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, again.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, noDate.StatusCode);
        Assert.Contains("on", (await noDate.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").EnumerateObject().Select(p => p.Name));
        Assert.Equal(HttpStatusCode.OK, reopen.StatusCode);
        Assert.Null((await app.FindUnitAsync(org, "CHILD"))!.ClosedOn);
        var kinds = (await app.HistoryOfAsync(child)).Select(h => h.Kind).ToList();
        Assert.Equal([UnitHistoryKind.Closed, UnitHistoryKind.Reopened], kinds.Order());
    }

    [Fact]
    public async Task A_csv_import_through_the_api_creates_and_updates_and_reports_the_counts()
    {
        var org = await app.CreateOrganisationAsync();
        await app.AddUnitAsync(org, "TOP", name: "Top");
        var api = await app.ApiClientAsync(Role.OrganisationAdministrator, org);
        using var csv = new StringContent("code;name;parent_code;sector;headcount\nB;Child;A;other;2\nA;Middle;TOP;utilities;1\nTOP;Top renamed;;administration;0\n", Encoding.UTF8, "text/csv");

        var response = await api.PostAsync("/api/v1/units/import", csv);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((2, 1, 0), (body.GetProperty("created").GetInt32(), body.GetProperty("updated").GetInt32(), body.GetProperty("unchanged").GetInt32()));
        Assert.Equal((await app.FindUnitAsync(org, "A"))!.Id, (await app.FindUnitAsync(org, "B"))!.ParentId);
    }

    [Fact]
    public async Task A_bad_csv_gives_422_with_line_and_column_and_the_page_refuses_the_same_file_for_the_same_reasons()
    {
        var org = await app.CreateOrganisationAsync();
        await app.AddUnitAsync(org, "KEEP");
        var api = await app.ApiClientAsync(Role.OrganisationAdministrator, org);
        var browser = await app.SignInAsAsync(Role.OrganisationAdministrator, org);
        const string file = "code,name,parent_code,sector,headcount\nA,Unit A,GHOST,other,1\nB,Unit B,,other,many\n";
        var before = await app.UnitCountAsync(org);

        using var csv = new StringContent(file, Encoding.UTF8, "text/csv");
        var response = await api.PostAsync("/api/v1/units/import", csv);
        var page = (await (await browser.UploadAsync("/Organisation/Units/Import", UnitArrange.Utf8(file))).Content.ReadAsStringAsync()).Html();

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var problems = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("problems").EnumerateArray()
            .Select(p => (Line: p.GetProperty("line").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture), Column: p.GetProperty("column").GetString()!, Reason: p.GetProperty("reason").GetString()!))
            .ToList();
        Assert.Equal([("2", "parent_code"), ("3", "headcount")], problems.Select(p => (p.Line, p.Column)));
        Assert.Equal(problems, UnitArrange.ProblemRows(page));
        Assert.Equal(before, await app.UnitCountAsync(org));
    }

    [Fact]
    public async Task An_import_that_is_not_csv_or_too_large_is_refused_without_reading_it_all()
    {
        var org = await app.CreateOrganisationAsync();
        var api = await app.ApiClientAsync(Role.OrganisationAdministrator, org);

        using var json = new StringContent("{}", Encoding.UTF8, "application/json");
        var wrongType = await api.PostAsync("/api/v1/units/import", json);
        using var huge = new ByteArrayContent(new byte[(2 * 1024 * 1024) + 1]);
        huge.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("text/csv");
        var tooLarge = await api.PostAsync("/api/v1/units/import", huge);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, wrongType.StatusCode);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooLarge.StatusCode);
        Assert.Equal(0, await app.UnitCountAsync(org));
    }
}
