using System.Net;
using Microsoft.EntityFrameworkCore;
using Paritas.Web.Features.Accounts;
using Paritas.Web.Features.Organisations;

namespace Paritas.IntegrationTests.OrganisationSetup;

public sealed class CommitteeTests(ParitasFactory app) : IClassFixture<ParitasFactory>
{
    [Fact]
    public async Task An_administrator_sets_up_a_committee_with_members_from_both_sides()
    {
        var org = await app.CreateOrganisationAsync();
        var admin = await app.SignInAsAsync(Role.OrganisationAdministrator, org);
        var employer = await app.CreateUserAsync(org, Role.EmployerRepresentative);
        var steward = await app.CreateUserAsync(org, Role.WorkersRepresentative);

        var created = await admin.PostFormAsync("/Organisation/Committees", new() { ["Form.Name"] = "Digital change committee" });
        var details = created.Headers.Location!.OriginalString;
        var add = details.Replace("Details?", "Details?handler=AddMember&", StringComparison.Ordinal);
        var chair = await admin.PostFormAsync(add, Seat(employer, Side.Employer, CommitteeRole.Chair), details);
        var rep = await admin.PostFormAsync(add, Seat(steward, Side.Workers, CommitteeRole.ShopSteward), details);
        var page = await (await admin.GetAsync(details)).TextAsync();

        created.AssertRedirectsTo("/Organisation/Committees/Details");
        chair.AssertRedirectsTo("/Organisation/Committees/Details");
        rep.AssertRedirectsTo("/Organisation/Committees/Details");
        Assert.Contains("Shop steward", page, StringComparison.Ordinal);
        Assert.Contains("Chair", page, StringComparison.Ordinal);
        Assert.Equal(2, await app.CountAsync(db => db.CommitteeMembers.Where(m => m.OrganisationId == org.Id)));
    }

    [Fact]
    public async Task A_committee_name_used_already_is_refused()
    {
        var org = await app.CreateOrganisationAsync();
        var admin = await app.SignInAsAsync(Role.OrganisationAdministrator, org);
        await app.CreateCommitteeAsync(org, "Works council");

        var again = await (await admin.PostFormAsync("/Organisation/Committees", new() { ["Form.Name"] = " works COUNCIL " })).TextAsync();
        var empty = await (await admin.PostFormAsync("/Organisation/Committees", new() { ["Form.Name"] = "" })).TextAsync();

        Assert.Contains("The organisation has a committee with this name already.", again, StringComparison.Ordinal);
        Assert.Contains("Enter a name for the committee.", empty, StringComparison.Ordinal);
        Assert.Equal(1, await app.CountAsync(db => db.JointCommittees.Where(c => c.OrganisationId == org.Id)));
    }

    [Fact]
    public async Task A_seat_on_the_wrong_side_for_the_role_is_refused_with_a_message()
    {
        var org = await app.CreateOrganisationAsync();
        var admin = await app.SignInAsAsync(Role.OrganisationAdministrator, org);
        var committee = await app.CreateCommitteeAsync(org, "Joint committee");
        var steward = await app.CreateUserAsync(org, Role.WorkersRepresentative);
        var employer = await app.CreateUserAsync(org, Role.EmployerRepresentative);
        var osh = await app.CreateUserAsync(org, Role.OshOfficer);
        var add = $"/Organisation/Committees/Details?handler=AddMember&id={committee.Id}";
        var page = $"/Organisation/Committees/Details?id={committee.Id}";

        var stewardOnEmployerSide = await (await admin.PostFormAsync(add, Seat(steward, Side.Employer, CommitteeRole.Member), page)).TextAsync();
        var employerOnWorkersSide = await (await admin.PostFormAsync(add, Seat(employer, Side.Workers, CommitteeRole.Member), page)).TextAsync();
        var agentOnEmployerSide = await (await admin.PostFormAsync(add, Seat(osh, Side.Employer, CommitteeRole.DigitalAgent), page)).TextAsync();
        var nothingChosen = await (await admin.PostFormAsync(add, new() { ["Seat.UserId"] = "", ["Seat.Role"] = "" }, page)).TextAsync();

        Assert.Contains("A person who is a workers' representative in the organisation cannot sit on the employer side.", stewardOnEmployerSide, StringComparison.Ordinal);
        Assert.Contains("A person who is an employer representative in the organisation cannot sit on the workers' side.", employerOnWorkersSide, StringComparison.Ordinal);
        Assert.Contains("A digital agent sits on the workers' side, not the employer side.", agentOnEmployerSide, StringComparison.Ordinal);
        Assert.Contains("Choose a person of the organisation.", nothingChosen, StringComparison.Ordinal);
        Assert.Contains("Choose the side the person sits on", nothingChosen, StringComparison.Ordinal);
        Assert.Equal(0, await app.CountAsync(db => db.CommitteeMembers.Where(m => m.CommitteeId == committee.Id)));
    }

    [Fact]
    public async Task A_seat_is_changed_within_the_rules_and_removed()
    {
        var org = await app.CreateOrganisationAsync();
        var admin = await app.SignInAsAsync(Role.OrganisationAdministrator, org);
        var committee = await app.CreateCommitteeAsync(org, "Joint committee");
        var agent = await app.CreateUserAsync(org, Role.DigitalAgent);
        var seatId = await app.WithScopeAsync(async (_, db) =>
        {
            var seat = new CommitteeMember(committee, agent.Id, Side.Workers, CommitteeRole.Member);
            db.CommitteeMembers.Add(seat);
            await db.SaveChangesAsync();
            return seat.Id;
        });

        var wrong = await (await admin.PostFormAsync($"/Organisation/Committees/Member?id={seatId}", new() { ["Form.Side"] = nameof(Side.Employer), ["Form.Role"] = nameof(CommitteeRole.Secretary) })).TextAsync();
        var right = await admin.PostFormAsync($"/Organisation/Committees/Member?id={seatId}", new() { ["Form.Side"] = nameof(Side.Workers), ["Form.Role"] = nameof(CommitteeRole.DigitalAgent) });
        var role = await app.WithScopeAsync((_, db) => db.CommitteeMembers.IgnoreQueryFilters().Where(m => m.Id == seatId).Select(m => m.Role).SingleAsync());
        var removed = await admin.PostFormAsync($"/Organisation/Committees/Member?handler=Remove&id={seatId}", new(), $"/Organisation/Committees/Member?id={seatId}");

        Assert.Contains("cannot sit on the employer side", wrong, StringComparison.Ordinal);
        right.AssertRedirectsTo("/Organisation/Committees/Details");
        Assert.Equal(CommitteeRole.DigitalAgent, role);
        removed.AssertRedirectsTo("/Organisation/Committees/Details");
        Assert.Equal(0, await app.CountAsync(db => db.CommitteeMembers.Where(m => m.Id == seatId)));
    }

    [Fact]
    public async Task A_person_or_committee_of_another_organisation_cannot_be_used()
    {
        var org = await app.CreateOrganisationAsync();
        var admin = await app.SignInAsAsync(Role.OrganisationAdministrator, org);
        var committee = await app.CreateCommitteeAsync(org, "Joint committee");
        var otherOrg = await app.CreateOrganisationAsync();
        var stranger = await app.CreateUserAsync(otherOrg, Role.EmployerRepresentative);
        var foreignCommittee = await app.CreateCommitteeAsync(otherOrg, "Their committee");

        var strangerSeat = await (await admin.PostFormAsync($"/Organisation/Committees/Details?handler=AddMember&id={committee.Id}", Seat(stranger, Side.Employer, CommitteeRole.Member), $"/Organisation/Committees/Details?id={committee.Id}")).TextAsync();
        var foreign = await admin.GetAsync($"/Organisation/Committees/Details?id={foreignCommittee.Id}");

        Assert.Contains("Choose a person of the organisation.", strangerSeat, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        Assert.Equal(0, await app.CountAsync(db => db.CommitteeMembers.Where(m => m.UserId == stranger.Id)));
    }

    private static Dictionary<string, string> Seat(TestUser user, Side side, CommitteeRole role)
        => new() { ["Seat.UserId"] = user.Id.ToString(), ["Seat.Side"] = side.ToString(), ["Seat.Role"] = role.ToString() };
}
