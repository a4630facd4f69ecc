using System.Net;
using Microsoft.EntityFrameworkCore;
using Paritas.Web.Features.Accounts;
using Paritas.Web.Features.Audit;

namespace Paritas.IntegrationTests.OrganisationSetup;

public sealed class MemberRoleTests(ParitasFactory app) : IClassFixture<ParitasFactory>
{
    [Fact]
    public async Task The_people_page_lists_each_person_with_role_and_second_factor()
    {
        var org = await app.CreateOrganisationAsync();
        var admin = await app.SignInAsAsync(Role.OrganisationAdministrator, org);
        var viewer = await app.CreateUserAsync(org, Role.Viewer, withAuthenticator: false);
        var other = await app.CreateUserAsync(await app.CreateOrganisationAsync(), Role.Viewer);

        var page = await (await admin.GetAsync("/Organisation/Members")).TextAsync();

        Assert.Contains(viewer.Email, page, StringComparison.Ordinal);
        Assert.Contains("Not needed for this role", page, StringComparison.Ordinal);
        Assert.Contains("Organisation administrator", page, StringComparison.Ordinal);
        Assert.DoesNotContain(other.Email, page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_role_change_ends_the_persons_sessions_and_is_audited_without_personal_data()
    {
        var org = await app.CreateOrganisationAsync();
        var admin = await app.SignInAsAsync(Role.OrganisationAdministrator, org);
        var steward = await app.CreateUserAsync(org, Role.WorkersRepresentative);
        var stewardBrowser = await app.SignInAsync(steward);
        Assert.Equal(HttpStatusCode.OK, (await stewardBrowser.GetAsync("/Start")).StatusCode);
        var membershipId = await app.MembershipIdAsync(steward, org);

        var changed = await admin.PostFormAsync($"/Organisation/Members/Edit?id={membershipId}", new() { ["Form.Role"] = nameof(Role.Viewer) });

        changed.AssertRedirectsTo("/Organisation/Members");
        Assert.Equal(Role.Viewer, await app.RoleOfAsync(steward, org));
        (await stewardBrowser.GetAsync("/Start")).AssertRedirectsTo("/Account/SignIn");
        var entry = await app.WithScopeAsync((_, db) => db.AuditEntries.Where(e => e.OrganisationId == org.Id && e.Action == AuditActions.RoleChanged).SingleAsync());
        Assert.Equal(nameof(Role.WorkersRepresentative), entry.Outcome);
        Assert.Equal(nameof(Role.Viewer), entry.Subject);
        Assert.DoesNotContain(steward.Email, entry.Outcome + entry.Subject + entry.Dataset + entry.Breakdown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_last_administrator_can_neither_demote_nor_remove_themselves()
    {
        var org = await app.CreateOrganisationAsync();
        var me = await app.CreateUserAsync(org, Role.OrganisationAdministrator);
        var browser = await app.SignInAsync(me);
        var membershipId = await app.MembershipIdAsync(me, org);

        var demoted = await browser.PostFormAsync($"/Organisation/Members/Edit?id={membershipId}", new() { ["Form.Role"] = nameof(Role.Viewer) });
        var removed = await browser.PostFormAsync($"/Organisation/Members/Remove?id={membershipId}", new());

        Assert.Equal(HttpStatusCode.OK, demoted.StatusCode);
        Assert.Contains("You are the last organisation administrator.", await demoted.TextAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, removed.StatusCode);
        Assert.Contains("You are the last organisation administrator.", await removed.TextAsync(), StringComparison.Ordinal);
        Assert.Equal(Role.OrganisationAdministrator, await app.RoleOfAsync(me, org));
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/Organisation/Members")).StatusCode);
    }

    [Fact]
    public async Task With_a_second_administrator_a_person_is_removed_from_the_organisation_and_its_committees()
    {
        var org = await app.CreateOrganisationAsync();
        var admin = await app.SignInAsAsync(Role.OrganisationAdministrator, org);
        var otherAdmin = await app.CreateUserAsync(org, Role.OrganisationAdministrator);
        var otherBrowser = await app.SignInAsync(otherAdmin);
        var committee = await app.CreateCommitteeAsync(org, "Joint committee");
        await app.WithScopeAsync(async (_, db) =>
        {
            db.CommitteeMembers.Add(new Paritas.Web.Features.Organisations.CommitteeMember(committee, otherAdmin.Id, Paritas.Web.Features.Organisations.Side.Employer, Paritas.Web.Features.Organisations.CommitteeRole.Chair));
            return await db.SaveChangesAsync();
        });

        var removed = await admin.PostFormAsync($"/Organisation/Members/Remove?id={await app.MembershipIdAsync(otherAdmin, org)}", new());

        removed.AssertRedirectsTo("/Organisation/Members");
        Assert.Null(await app.RoleOfAsync(otherAdmin, org));
        Assert.Equal(0, await app.CountAsync(db => db.CommitteeMembers.Where(m => m.UserId == otherAdmin.Id)));
        (await otherBrowser.GetAsync("/Organisation/Members")).AssertRedirectsTo("/Account/SignIn");
        Assert.Equal(1, await app.CountAsync(db => db.AuditEntries.Where(e => e.OrganisationId == org.Id && e.Action == AuditActions.MembershipRemoved)));
    }

    [Fact]
    public async Task People_pages_are_for_organisation_administrators_only()
    {
        var org = await app.CreateOrganisationAsync();
        var employer = await app.SignInAsAsync(Role.EmployerRepresentative, org);

        var response = await employer.GetAsync("/Organisation/Members");

        response.AssertRedirectsTo("/Account/Denied");
    }

    [Fact]
    public async Task A_membership_of_another_organisation_is_not_found()
    {
        var org = await app.CreateOrganisationAsync();
        var admin = await app.SignInAsAsync(Role.OrganisationAdministrator, org);
        var otherOrg = await app.CreateOrganisationAsync();
        var stranger = await app.CreateUserAsync(otherOrg, Role.Viewer);
        var strangerMembership = await app.MembershipIdAsync(stranger, otherOrg);

        var page = await admin.GetAsync($"/Organisation/Members/Edit?id={strangerMembership}");
        var posted = await admin.PostFormAsync($"/Organisation/Members/Edit?id={strangerMembership}", new() { ["Form.Role"] = nameof(Role.OrganisationAdministrator) }, "/Organisation/Members/Invite");

        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, posted.StatusCode);
        Assert.Equal(Role.Viewer, await app.RoleOfAsync(stranger, otherOrg));
    }
}
