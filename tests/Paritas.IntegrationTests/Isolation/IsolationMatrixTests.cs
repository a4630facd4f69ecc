using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Paritas.IntegrationTests.Changes;
using Paritas.IntegrationTests.Security;
using Paritas.Web.Features.Accounts;
using Paritas.Web.Features.Organisations;
using Xunit.Abstractions;

namespace Paritas.IntegrationTests.Isolation;

/// <summary>
/// Every role of organisation A tries organisation B's ids through every door that takes one.
/// B's things must answer exactly like things that do not exist, never show up in a list, and never change.
/// </summary>
public sealed partial class IsolationMatrixTests(ParitasFactory app, ITestOutputHelper output) : IClassFixture<ParitasFactory>
{
    /// <summary>The kinds of B's things a door can be asked for.</summary>
    public enum Target
    {
        Unit,
        WorkforceDimension,
        WorkforceGroup,
        Committee,
        CommitteeMember,
        Membership,
        Token,
        User,
        Change,
        Obligation,
        GateOverride,
        Agreement,
        Clause,
        Rule,
    }

    /// <param name="Route">
    /// Path with "{id}" where B's id goes (in the path or the query); a list door has no "{id}". A door
    /// that needs a second id names its target in braces, e.g. "{Clause}".
    /// </param>
    public sealed record Door(string Route, Target? Target = null)
    {
        public bool IsList => Target is null;

        public string Path => Route.Split('?')[0];
    }

    // Add a door here when a page or endpoint that takes an id (or lists owned things) is added.
    // Doors missing from the routing table are reported in the test output, not failed.
    private static readonly Door[] PageDoors =
    [
        new("/Start"),
        new("/Organisation/Units"),
        new("/Organisation/Units/Edit?id={id}", Target.Unit),
        new("/Organisation/Units/Edit/{id}", Target.Unit),
        new("/Organisation/Units/Details?id={id}", Target.Unit),
        new("/Organisation/Units/Details/{id}", Target.Unit),
        new("/Organisation/Units/Move?id={id}", Target.Unit),
        new("/Organisation/Units/Close?id={id}", Target.Unit),
        new("/Organisation/Units/History?id={id}", Target.Unit),
        new("/Organisation/Units/Edit?id={id}&handler=Close", Target.Unit),
        new("/Organisation/Units/Edit?id={id}&handler=Reopen", Target.Unit),
        new("/Organisation/Dimensions"),
        new("/Organisation/Dimensions/Details?id={id}", Target.WorkforceDimension),
        new("/Organisation/Dimensions/Details?id={id}&handler=Rename", Target.WorkforceDimension),
        new("/Organisation/Dimensions/Details?id={id}&handler=Remove", Target.WorkforceDimension),
        new("/Organisation/Dimensions/Details?id={id}&handler=AddGroup", Target.WorkforceDimension),
        new("/Organisation/Dimensions/Group?id={id}", Target.WorkforceGroup),
        new("/Organisation/Dimensions/Group?id={id}&handler=Remove", Target.WorkforceGroup),
        new("/Organisation/Committees/Details?id={id}&handler=AddMember", Target.Committee),
        new("/Organisation/Committees/Details?id={id}&handler=Rename", Target.Committee),
        new("/Organisation/Committees/Member?id={id}", Target.CommitteeMember),
        new("/Organisation/Committees/Member?id={id}&handler=Remove", Target.CommitteeMember),
        new("/Organisation/Members"),
        new("/Organisation/Members/Edit?id={id}", Target.Membership),
        new("/Organisation/Members/Remove?id={id}", Target.Membership),
        new("/Organisation/WorkforceDimensions"),
        new("/Organisation/WorkforceDimensions/Edit?id={id}", Target.WorkforceDimension),
        new("/Organisation/WorkforceDimensions/Details?id={id}", Target.WorkforceDimension),
        new("/Organisation/WorkforceDimensions/Groups?id={id}", Target.WorkforceDimension),
        new("/Organisation/WorkforceDimensions/EditGroup?id={id}", Target.WorkforceGroup),
        new("/Organisation/Workforce"),
        new("/Organisation/Workforce/Edit?id={id}", Target.WorkforceDimension),
        new("/Organisation/Committees"),
        new("/Organisation/Committees/Details?id={id}", Target.Committee),
        new("/Organisation/Committees/Details/{id}", Target.Committee),
        new("/Organisation/Committees/Edit?id={id}", Target.Committee),
        new("/Organisation/Committees/Members?id={id}", Target.Committee),
        new("/Organisation/Committees/AddMember?id={id}", Target.Committee),
        new("/Organisation/Committees/RemoveMember?id={id}", Target.CommitteeMember),
        new("/Organisation/People"),
        new("/Organisation/People/Edit?id={id}", Target.Membership),
        new("/Organisation/People/Role?id={id}", Target.Membership),
        new("/Organisation/People/Remove?id={id}", Target.Membership),
        new("/Organisation/People/Details?id={id}", Target.User),
        new("/Organisation/People/Disable?id={id}", Target.User),
        new("/Organisation/Invitations"),
        new("/Account/Tokens"),
        new("/Account/Tokens/Index"),
        new("/Account/Tokens/Revoke?id={id}", Target.Token),
        new("/Changes"),
        new("/Changes?Filter.Overdue=true"),
        new("/Changes/Calendar"),
        new("/Changes/Details?id={id}", Target.Change),
        new("/Changes/Edit?id={id}", Target.Change),
        new("/Changes/Stage?id={id}", Target.Change),
        new("/Changes/Stage?id={id}&handler=Override", Target.Change),
        new("/Changes/Stage?id={Change}&handler=Confirm&overrideId={id}", Target.GateOverride),
        new("/Changes/Obligation?id={id}", Target.Obligation),
        new("/Changes/Obligation?id={id}&handler=Met", Target.Obligation),
        new("/Changes/Obligation?id={id}&handler=Missed", Target.Obligation),
        new("/Changes/Obligation?id={id}&handler=Waive", Target.Obligation),
        new("/Agreements"),
        new("/Agreements/Details?id={id}", Target.Agreement),
        new("/Agreements/Details?id={id}&handler=InForce", Target.Agreement),
        new("/Agreements/Clause?id={id}", Target.Clause),
        new("/Agreements/Rule?clauseId={id}", Target.Clause),
        new("/Agreements/Rule?clauseId={Clause}&id={id}", Target.Rule),
        new("/Agreements/Rule?clauseId={Clause}&id={id}&handler=Delete", Target.Rule),
    ];

    private static readonly Door[] ApiDoors =
    [
        new("/api/v1/me"),
        new("/api/v1/organisation"),
        new("/api/v1/units"),
        new("/api/v1/units/{id}", Target.Unit),
        new("/api/v1/units/{id}/close", Target.Unit),
        new("/api/v1/units/{id}/reopen", Target.Unit),
        new("/api/v1/workforce-dimensions/{id}/groups", Target.WorkforceDimension),
        new("/api/v1/committees/{id}/members", Target.Committee),
        new("/api/v1/workforce-dimensions"),
        new("/api/v1/workforce-dimensions/{id}", Target.WorkforceDimension),
        new("/api/v1/committees"),
        new("/api/v1/committees/{id}", Target.Committee),
        new("/api/v1/members"),
        new("/api/v1/members/{id}", Target.Membership),
        new("/api/v1/changes"),
        new("/api/v1/changes?overdue=true"),
        new("/api/v1/changes/{id}", Target.Change),
        new("/api/v1/changes/{id}/stage", Target.Change),
        new("/api/v1/changes/{id}/obligations", Target.Change),
        new("/api/v1/obligations/{id}/met", Target.Obligation),
        new("/api/v1/obligations/{id}/missed", Target.Obligation),
        new("/api/v1/obligations/{id}/waiver", Target.Obligation),
    ];

    [Fact]
    public async Task Every_role_of_one_organisation_finds_nothing_of_another_through_any_door()
    {
        var a = await app.CreateOrganisationAsync();
        var b = await ArrangeOrganisationBAsync();
        var clients = new List<(Role Role, HttpClient Browser, HttpClient Api)>();
        foreach (var role in Enum.GetValues<Role>())
        {
            var user = await app.CreateUserAsync(a, role);
            clients.Add((role, await app.SignInAsync(user), app.ApiClient(await app.CreateTokenAsync(user, a))));
        }

        var routes = RouteCatalogue.Endpoints(app.Services);
        var pageDoors = PageDoors.Where(d => Exists(routes, d)).ToList();
        var apiDoors = ApiDoors.Where(d => Exists(routes, d)).ToList();
        var missing = PageDoors.Concat(ApiDoors).Where(d => !Exists(routes, d)).Select(d => d.Route).ToList();
        output.WriteLine("Doors exercised: " + string.Join(", ", pageDoors.Concat(apiDoors).Select(d => d.Route)));
        output.WriteLine("Doors not in this build (not exercised): " + string.Join(", ", missing));
        Assert.Contains(pageDoors, d => d.Route == "/Start");
        Assert.Contains(apiDoors, d => d.Route == "/api/v1/organisation");

        var before = await DatabaseSnapshot.TakeAsync(app, Volatile, VolatileColumns);
        foreach (var (role, browser, api) in clients)
        {
            var antiforgery = await AntiforgeryTokenAsync(browser);
            foreach (var door in pageDoors)
            {
                await TryPageDoorAsync(role, browser, antiforgery, door, b);
            }

            foreach (var door in apiDoors)
            {
                await TryApiDoorAsync(role, api, door, b, routes);
            }
        }

        var after = await DatabaseSnapshot.TakeAsync(app, Volatile, VolatileColumns);
        DatabaseSnapshot.AssertUnchanged(before, after, "the isolation matrix");
    }

    [Fact]
    public async Task Switching_to_an_organisation_one_does_not_belong_to_changes_nothing()
    {
        var a = await app.CreateOrganisationAsync("Home " + Guid.NewGuid().ToString("N")[..8]);
        var b = await ArrangeOrganisationBAsync();
        var browser = await app.SignInAsAsync(Role.OrganisationAdministrator, a);

        var response = await browser.PostFormAsync("/Account/SwitchOrganisation", new() { ["organisationId"] = b.Organisation.Id.ToString("D") }, pageUrl: "/Account/SignOut");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var start = await browser.GetStringAsync("/Start");
        Assert.Contains(a.Name, start, StringComparison.Ordinal);
        b.AssertAbsentFrom(start, "/Start after switching");
    }

    // Reading and trying doors writes audit rows and touches sessions; nothing else may change.
    private static readonly HashSet<string> Volatile = ["AuditEntries", "UserSessions"];

    // Bookkeeping that reading legitimately updates: Identity's stamp, and the day a token was last used.
    private static readonly HashSet<string> VolatileColumns = ["AspNetUsers.ConcurrencyStamp", "PersonalAccessTokens.LastUsedOn"];

    private static bool Exists(IReadOnlyList<Microsoft.AspNetCore.Routing.RouteEndpoint> routes, Door door)
        => routes.Any(r => RouteCatalogue.Normalise(RouteCatalogue.PathOf(r)) == RouteCatalogue.Normalise(door.Path));

    private static async Task TryPageDoorAsync(Role role, HttpClient browser, string antiforgery, Door door, OrganisationB b)
    {
        if (door.IsList)
        {
            var list = await browser.GetAsync(door.Route);
            b.AssertAbsentFrom(await list.Content.ReadAsStringAsync(), $"GET {door.Route} as {role}");
            return;
        }

        var theirs = Fill(door, b, theirs: true);
        var nobodys = Fill(door, b, theirs: false);

        var get = await browser.GetAsync(theirs);
        var getNobody = await browser.GetAsync(nobodys);
        var what = $"GET {door.Route} as {role}";
        Assert.True(get.StatusCode == HttpStatusCode.NotFound || IsDenied(get), $"{what} answered {(int)get.StatusCode} {get.Headers.Location}");
        Assert.True(get.StatusCode == getNobody.StatusCode, $"{what}: B's id answered {(int)get.StatusCode}, an unknown id {(int)getNobody.StatusCode}");
        b.AssertAbsentFrom(await get.Content.ReadAsStringAsync(), what);

        var post = await browser.PostAsync(theirs, new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = antiforgery }));
        var postNobody = await browser.PostAsync(nobodys, new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = antiforgery }));
        what = $"POST {door.Route} as {role}";
        Assert.True(post.StatusCode == postNobody.StatusCode, $"{what}: B's id answered {(int)post.StatusCode}, an unknown id {(int)postNobody.StatusCode}");
        b.AssertAbsentFrom(await post.Content.ReadAsStringAsync(), what);
    }

    private static async Task TryApiDoorAsync(Role role, HttpClient api, Door door, OrganisationB b, IReadOnlyList<Microsoft.AspNetCore.Routing.RouteEndpoint> routes)
    {
        if (door.IsList)
        {
            var list = await api.GetAsync(door.Route);
            b.AssertAbsentFrom(await list.Content.ReadAsStringAsync(), $"GET {door.Route} as {role}");
            return;
        }

        var methods = routes.Where(r => RouteCatalogue.Normalise(RouteCatalogue.PathOf(r)) == RouteCatalogue.Normalise(door.Path))
            .SelectMany(RouteCatalogue.MethodsOf).Distinct().ToList();
        foreach (var method in methods)
        {
            var theirs = await SendAsync(api, method, Fill(door, b, theirs: true));
            var nobodys = await SendAsync(api, method, Fill(door, b, theirs: false));
            var what = $"{method} {door.Route} as {role}";
            Assert.True(theirs.StatusCode == nobodys.StatusCode, $"{what}: B's id answered {(int)theirs.StatusCode}, an unknown id {(int)nobodys.StatusCode}");
            if (method == "GET")
            {
                Assert.True(theirs.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Forbidden, $"{what} answered {(int)theirs.StatusCode}");
            }
            else
            {
                Assert.True((int)theirs.StatusCode >= 400, $"{what} answered {(int)theirs.StatusCode}");
            }

            b.AssertAbsentFrom(await theirs.Content.ReadAsStringAsync(), what);
        }
    }

    /// <summary>The door with B's ids in it, or with ids nobody has.</summary>
    private static string Fill(Door door, OrganisationB b, bool theirs)
    {
        var url = door.Route.Replace("{id}", (theirs ? b.IdOf(door.Target!.Value) : Guid.NewGuid()).ToString("D"), StringComparison.Ordinal);
        foreach (var other in Enum.GetValues<Target>())
        {
            url = url.Replace("{" + other + "}", (theirs ? b.IdOf(other) : Guid.NewGuid()).ToString("D"), StringComparison.Ordinal);
        }

        return url;
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient api, string method, string url)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), url);
        if (method is "POST" or "PUT" or "PATCH")
        {
            request.Content = new StringContent("{}", System.Text.Encoding.UTF8, "application/json");
        }

        return await api.SendAsync(request);
    }

    private static bool IsDenied(HttpResponseMessage response)
        => response.StatusCode == HttpStatusCode.Forbidden
           || (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.OriginalString.Contains("/Account/Denied", StringComparison.OrdinalIgnoreCase));

    private static async Task<string> AntiforgeryTokenAsync(HttpClient browser)
    {
        var html = await browser.GetStringAsync("/Account/SignOut");
        return BrowserExtensions.AntiforgeryToken(html);
    }

    private async Task<OrganisationB> ArrangeOrganisationBAsync()
    {
        var marker = "zqB" + Guid.NewGuid().ToString("N")[..10];
        var org = await app.CreateOrganisationAsync(marker + " municipality");
        var member = await app.CreateUserAsync(org, Role.WorkersRepresentative);
        await app.CreateTokenAsync(member, org);
        var ids = await app.WithScopeAsync(async (_, db) =>
        {
            var unit = new Unit(org.Id, marker + "U", marker + " unit", Sector.Utilities, 40, null);
            var dimension = new WorkforceDimension(org.Id, WorkforceDimensionKind.ContractType, marker + " dimension");
            var group = new WorkforceGroup(dimension, marker + "g", marker + " group");
            var committee = new JointCommittee(org.Id, marker + " committee");
            var seat = new CommitteeMember(committee, member.Id, Side.Workers, CommitteeRole.ShopSteward);
            db.AddRange(unit, dimension, group, committee, seat);
            await db.SaveChangesAsync();
            var membership = await db.Memberships.IgnoreQueryFilters().Where(m => m.OrganisationId == org.Id).Select(m => m.Id).SingleAsync();
            var token = await db.PersonalAccessTokens.IgnoreQueryFilters().Where(t => t.OrganisationId == org.Id).Select(t => new { t.Id, t.Prefix }).SingleAsync();
            return (unit.Id, new Dictionary<Target, Guid>
            {
                [Target.Unit] = unit.Id,
                [Target.WorkforceDimension] = dimension.Id,
                [Target.WorkforceGroup] = group.Id,
                [Target.Committee] = committee.Id,
                [Target.CommitteeMember] = seat.Id,
                [Target.Membership] = membership,
                [Target.Token] = token.Id,
                [Target.User] = member.Id,
            });
        });
        await ArrangeChangeAsync(org, ids.Item2, ids.Item1, member, marker);
        return new OrganisationB(org, marker, member.Email, ids.Item2);
    }

    /// <summary>A change of B's with obligations, a pending gate override and an agreement, made through B's own pages.</summary>
    private async Task ArrangeChangeAsync(Organisation org, Dictionary<Target, Guid> ids, Guid unitId, TestUser member, string marker)
    {
        var browser = await app.SignInAsync(member);
        await browser.ImportTemplateAsync("quebec-joint-committee");
        var change = await browser.RegisterChangeAsync(marker + " change", (unitId, 12, DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime).AddDays(40)));
        var proposed = await browser.PostFormAsync($"/Changes/Stage?handler=Override&id={change}", new() { ["Form.Stage"] = "RollOut", ["Form.Reason"] = marker + " reason" }, $"/Changes/Stage?id={change}");
        Assert.Equal(HttpStatusCode.Redirect, proposed.StatusCode);
        await app.WithScopeAsync(async (_, db) =>
        {
            ids[Target.Change] = change;
            ids[Target.Obligation] = await db.Obligations.IgnoreQueryFilters().Where(o => o.ChangeId == change).Select(o => o.Id).FirstAsync();
            ids[Target.GateOverride] = await db.GateOverrides.IgnoreQueryFilters().Where(o => o.ChangeId == change).Select(o => o.Id).SingleAsync();
            var rule = await db.Rules.IgnoreQueryFilters().Where(r => r.OrganisationId == org.Id).Select(r => new { r.Id, r.ClauseId, r.AgreementId }).FirstAsync();
            ids[Target.Rule] = rule.Id;
            ids[Target.Clause] = rule.ClauseId;
            ids[Target.Agreement] = rule.AgreementId;
            return 0;
        });
    }

    private sealed record OrganisationB(Organisation Organisation, string Marker, string MemberEmail, IReadOnlyDictionary<Target, Guid> Ids)
    {
        public Guid IdOf(Target target) => Ids[target];

        public void AssertAbsentFrom(string body, string where)
        {
            Assert.False(body.Contains(Marker, StringComparison.OrdinalIgnoreCase), $"{where} shows a name of organisation B.");
            Assert.False(body.Contains(MemberEmail, StringComparison.OrdinalIgnoreCase), $"{where} shows a member of organisation B.");
            Assert.False(body.Contains(Organisation.Slug, StringComparison.OrdinalIgnoreCase), $"{where} shows organisation B's short name.");
            foreach (var (target, id) in Ids.Append(new(Target.User, Organisation.Id)))
            {
                Assert.False(body.Contains(id.ToString("D"), StringComparison.OrdinalIgnoreCase) || body.Contains(id.ToString("N"), StringComparison.OrdinalIgnoreCase), $"{where} shows the id of B's {target}.");
            }
        }
    }
}
