using System.Net;
using Microsoft.EntityFrameworkCore;
using Paritas.Web.Features.Accounts;
using Paritas.Web.Features.Audit;

namespace Paritas.IntegrationTests.OrganisationSetup;

public sealed class InvitationTests(ParitasFactory app) : IClassFixture<ParitasFactory>
{
    private const string NewPassword = "a long walk by the fjord in spring";

    [Fact]
    public async Task An_invited_person_sets_a_password_and_is_taken_to_set_up_the_authenticator()
    {
        var org = await app.CreateOrganisationAsync("Innby");
        var admin = await app.SignInAsAsync(Role.OrganisationAdministrator, org);
        var email = NewAddress();

        var sent = await admin.PostFormAsync("/Organisation/Members/Invite", Invite("Nora Nilsen", email, Role.EmployerRepresentative));

        sent.AssertRedirectsTo("/Organisation/Members");
        var mail = MailFolderReader.LatestTo(app.MailFolder, email);
        Assert.Contains("Innby", mail.Subject, StringComparison.Ordinal);
        Assert.Contains("Hello Nora Nilsen,", mail.Body, StringComparison.Ordinal);
        var link = MailFolderReader.InvitationLink(mail);
        Assert.StartsWith("https://localhost/Account/AcceptInvitation?code=", link, StringComparison.Ordinal);

        var invitee = app.NewBrowser();
        (await invitee.GetAsync(link)).AssertRedirectsTo("/Account/AcceptInvitation");
        var page = await (await invitee.GetAsync("/Account/AcceptInvitation")).TextAsync();
        Assert.Contains("Join Innby on Paritas", page, StringComparison.Ordinal);
        Assert.Contains(email, page, StringComparison.Ordinal);

        var accepted = await invitee.PostFormAsync("/Account/AcceptInvitation", new() { ["Form.Name"] = "Nora N.", ["Form.Password"] = NewPassword });

        accepted.AssertRedirectsTo("/Start");
        (await invitee.GetAsync("/Start")).AssertRedirectsTo(SecondFactorEnrolment.SetupPath);
        var (name, role, acceptedAt) = await app.WithScopeAsync(async (_, db) =>
        {
            var user = await db.Users.SingleAsync(u => u.Email == email);
            var membership = await db.Memberships.IgnoreQueryFilters().SingleAsync(m => m.UserId == user.Id);
            var invitation = await db.Invitations.IgnoreQueryFilters().SingleAsync(i => i.Email == email);
            return (user.DisplayName, membership.Role, invitation.AcceptedAt);
        });
        Assert.Equal("Nora N.", name);
        Assert.Equal(Role.EmployerRepresentative, role);
        Assert.NotNull(acceptedAt);
        var actions = await app.WithScopeAsync((_, db) => db.AuditEntries.Where(e => e.OrganisationId == org.Id).Select(e => e.Action).ToListAsync());
        Assert.Contains(AuditActions.InvitationSent, actions);
        Assert.Contains(AuditActions.InvitationAccepted, actions);
    }

    [Fact]
    public async Task The_code_leaves_the_address_on_the_first_request()
    {
        var org = await app.CreateOrganisationAsync();
        var link = await InviteAsync(org, NewAddress(), Role.Viewer);
        var code = link[(link.IndexOf("code=", StringComparison.Ordinal) + 5)..];

        var first = await app.NewBrowser().GetAsync(link);

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal("/Account/AcceptInvitation", first.Headers.Location!.OriginalString);
        var cookies = string.Join("; ", first.Headers.GetValues("Set-Cookie"));
        Assert.Contains(Paritas.Web.Features.Account.AcceptInvitationModel.CodeCookie, cookies, StringComparison.Ordinal);
        Assert.DoesNotContain(code, cookies, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_used_invitation_is_refused_the_second_time()
    {
        var org = await app.CreateOrganisationAsync();
        var email = NewAddress();
        var link = await InviteAsync(org, email, Role.Viewer);
        var first = await OpenAsync(link);
        (await first.PostFormAsync("/Account/AcceptInvitation", new() { ["Form.Name"] = "First", ["Form.Password"] = NewPassword })).AssertRedirectsTo("/Start");

        var second = await OpenAsync(link);
        var page = await (await second.GetAsync("/Account/AcceptInvitation")).TextAsync();

        Assert.Contains("This invitation was used already", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Form.Password", page, StringComparison.Ordinal);
        Assert.Equal(1, await app.CountAsync(db => db.Users.Where(u => u.Email == email)));
    }

    [Fact]
    public async Task An_expired_invitation_is_refused_and_creates_nothing()
    {
        var org = await app.CreateOrganisationAsync();
        var email = NewAddress();
        var link = await InviteAsync(org, email, Role.Viewer);
        var browser = await OpenAsync(link);
        var form = await (await browser.GetAsync("/Account/AcceptInvitation")).Content.ReadAsStringAsync();
        var token = System.Text.RegularExpressions.Regex.Match(form, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;

        app.Clock.Advance(TimeSpan.FromDays(new AccountsOptions().InvitationDays) + TimeSpan.FromMinutes(1));
        var page = await (await browser.GetAsync("/Account/AcceptInvitation")).TextAsync();
        var posted = await browser.PostAsync("/Account/AcceptInvitation", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Form.Name"] = "Late",
            ["Form.Password"] = NewPassword,
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token),
        }));

        Assert.Contains("This invitation has expired", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        Assert.Contains("This invitation has expired", await posted.TextAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await app.CountAsync(db => db.Users.Where(u => u.Email == email)));
    }

    [Fact]
    public async Task An_unknown_or_withdrawn_code_says_the_link_does_not_work()
    {
        var org = await app.CreateOrganisationAsync();
        var admin = await app.SignInAsAsync(Role.OrganisationAdministrator, org);
        var email = NewAddress();
        (await admin.PostFormAsync("/Organisation/Members/Invite", Invite("Wanda", email, Role.Viewer))).AssertRedirectsTo("/Organisation/Members");
        var link = MailFolderReader.InvitationLink(MailFolderReader.LatestTo(app.MailFolder, email));
        var invitationId = await app.WithScopeAsync((_, db) => db.Invitations.IgnoreQueryFilters().Where(i => i.Email == email).Select(i => i.Id).SingleAsync());

        var revoked = await admin.PostFormAsync($"/Organisation/Members?handler=Revoke&id={invitationId}", new(), "/Organisation/Members");
        var withdrawn = await (await (await OpenAsync(link)).GetAsync("/Account/AcceptInvitation")).TextAsync();
        var unknown = await (await (await OpenAsync("https://localhost/Account/AcceptInvitation?code=not-a-real-code")).GetAsync("/Account/AcceptInvitation")).TextAsync();

        revoked.AssertRedirectsTo("/Organisation/Members");
        Assert.Contains("This invitation link does not work", withdrawn, StringComparison.Ordinal);
        Assert.Contains("This invitation link does not work", unknown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_common_password_is_refused_on_the_field_and_creates_nothing()
    {
        var org = await app.CreateOrganisationAsync();
        var email = NewAddress();
        var browser = await OpenAsync(await InviteAsync(org, email, Role.Viewer));

        var response = await browser.PostFormAsync("/Account/AcceptInvitation", new() { ["Form.Name"] = "Pat", ["Form.Password"] = "password" });
        var page = await response.TextAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("This password is too common.", page, StringComparison.Ordinal);
        Assert.Contains("id=\"Form_Password-error\"", page, StringComparison.Ordinal);
        Assert.Equal(0, await app.CountAsync(db => db.Users.Where(u => u.Email == email)));
    }

    [Fact]
    public async Task A_person_with_an_account_signs_in_first_and_then_joins()
    {
        var home = await app.CreateOrganisationAsync();
        var org = await app.CreateOrganisationAsync("Utby");
        var person = await app.CreateUserAsync(home, Role.OshOfficer);
        var link = await InviteAsync(org, person.Email, Role.WorkersRepresentative);

        var anonymous = await (await (await OpenAsync(link)).GetAsync("/Account/AcceptInvitation")).TextAsync();
        var browser = await app.SignInAsync(person);
        (await browser.GetAsync(link)).AssertRedirectsTo("/Account/AcceptInvitation");
        var signedIn = await (await browser.GetAsync("/Account/AcceptInvitation")).TextAsync();
        var joined = await browser.PostFormAsync("/Account/AcceptInvitation?handler=Join", new(), "/Account/AcceptInvitation");

        Assert.Contains("Sign in first", anonymous, StringComparison.Ordinal);
        Assert.Contains("Accept the invitation", signedIn, StringComparison.Ordinal);
        joined.AssertRedirectsTo("/Start");
        Assert.Equal(Role.WorkersRepresentative, await app.RoleOfAsync(person, org));
        Assert.Equal(Role.OshOfficer, await app.RoleOfAsync(person, home));
        Assert.Contains("Utby", await (await browser.GetAsync("/Start")).TextAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Inviting_with_bad_input_or_a_present_member_gives_messages_and_sends_nothing()
    {
        var org = await app.CreateOrganisationAsync();
        var admin = await app.SignInAsAsync(Role.OrganisationAdministrator, org);
        var member = await app.CreateUserAsync(org, Role.Viewer);

        var bad = await (await admin.PostFormAsync("/Organisation/Members/Invite", new() { ["Form.Name"] = "", ["Form.Email"] = "not an address", ["Form.Role"] = "" })).TextAsync();
        var present = await (await admin.PostFormAsync("/Organisation/Members/Invite", Invite("Again", member.Email, Role.Viewer))).TextAsync();

        Assert.Contains("Enter the person's name.", bad, StringComparison.Ordinal);
        Assert.Contains("Enter an e-mail address in the right form", bad, StringComparison.Ordinal);
        Assert.Contains("Choose a role.", bad, StringComparison.Ordinal);
        Assert.Contains("This person belongs to the organisation already.", present, StringComparison.Ordinal);
        Assert.Equal(0, await app.CountAsync(db => db.Invitations.Where(i => i.OrganisationId == org.Id)));
        Assert.Empty(MailFolderReader.To(app.MailFolder, member.Email));
    }

    private static string NewAddress() => $"i{Guid.NewGuid():N}@example.org";

    private static Dictionary<string, string> Invite(string name, string email, Role role)
        => new() { ["Form.Name"] = name, ["Form.Email"] = email, ["Form.Role"] = role.ToString() };

    private async Task<string> InviteAsync(Paritas.Web.Features.Organisations.Organisation org, string email, Role role)
    {
        var admin = await app.SignInAsAsync(Role.OrganisationAdministrator, org);
        (await admin.PostFormAsync("/Organisation/Members/Invite", Invite("Someone", email, role))).AssertRedirectsTo("/Organisation/Members");
        return MailFolderReader.InvitationLink(MailFolderReader.LatestTo(app.MailFolder, email));
    }

    /// <summary>A fresh browser that followed the link: it holds the code in its cookie now.</summary>
    private async Task<HttpClient> OpenAsync(string link)
    {
        var browser = app.NewBrowser();
        (await browser.GetAsync(link)).AssertRedirectsTo("/Account/AcceptInvitation");
        return browser;
    }
}
