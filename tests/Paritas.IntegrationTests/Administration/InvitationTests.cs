using System.Net;
using Microsoft.EntityFrameworkCore;
using Paritas.IntegrationTests.OrganisationSetup;
using Paritas.Web.Features.Accounts;
using Paritas.Web.Features.Audit;

namespace Paritas.IntegrationTests.Administration;

public sealed class InvitationTests(ParitasFactory app) : IClassFixture<ParitasFactory>
{
    [Fact]
    public async Task Inviting_the_first_organisation_administrator_sends_a_mail_with_a_link_whose_secret_is_stored_only_as_a_hash()
    {
        var browser = await app.SignInAsPlatformAdministratorAsync();
        var org = await app.CreateOrganisationAsync("Invited municipality");
        var email = $"first-admin-{Guid.NewGuid():N}@example.org";

        var response = await browser.PostFormAsync($"/Admin/Organisations/Details?id={org.Id}&handler=Invite", new() { ["Form.Email"] = email }, pageUrl: $"/Admin/Organisations/Details?id={org.Id}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var mail = Assert.Single(MailFolderReader.To(app.MailFolder, email));
        var link = MailFolderReader.InvitationLink(mail);
        Assert.StartsWith("https://localhost/Account/AcceptInvitation?code=", link, StringComparison.Ordinal);
        Assert.Contains("Invited municipality", mail.Body, StringComparison.Ordinal);
        var secret = Uri.UnescapeDataString(link[(link.IndexOf("code=", StringComparison.Ordinal) + 5)..]);

        var invitation = await app.WithScopeAsync((_, db) => db.Invitations.IgnoreQueryFilters().AsNoTracking().SingleAsync(i => i.OrganisationId == org.Id));
        Assert.Equal(email, invitation.Email);
        Assert.Equal(Role.OrganisationAdministrator, invitation.Role);
        Assert.Equal(AccessTokens.Hash(secret), invitation.SecretHash);
        Assert.DoesNotContain(secret, invitation.SecretHash, StringComparison.Ordinal);
        Assert.Equal(app.Clock.GetUtcNow().AddDays(7), invitation.ExpiresAt, TimeSpan.FromMinutes(1));
        Assert.True(invitation.IsUsable(app.Clock.GetUtcNow()));
        Assert.Equal(1, await app.CountAsync(db => db.AuditEntries.Where(e => e.Action == AuditActions.InvitationSent && e.OrganisationId == org.Id)));

        var page = await (await browser.GetAsync($"/Admin/Organisations/Details?id={org.Id}")).Content.ReadAsStringAsync();
        Assert.Contains(email, page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_address_is_a_field_error_and_neither_stores_nor_sends_anything()
    {
        var browser = await app.SignInAsPlatformAdministratorAsync();
        var org = await app.CreateOrganisationAsync();
        var mailsBefore = MailFolderReader.All(app.MailFolder).Count;

        var response = await browser.PostFormAsync($"/Admin/Organisations/Details?id={org.Id}&handler=Invite", new() { ["Form.Email"] = "not an address" }, pageUrl: $"/Admin/Organisations/Details?id={org.Id}");

        await OrganisationAdministrationTests.AssertFieldErrorAsync(response, "Form.Email", "Enter an e-mail address in the right form");
        Assert.Equal(0, await app.CountAsync(db => db.Invitations.Where(i => i.OrganisationId == org.Id)));
        Assert.Equal(mailsBefore, MailFolderReader.All(app.MailFolder).Count);
    }

    [Fact]
    public async Task Inviting_to_an_unknown_organisation_is_not_found()
    {
        var browser = await app.SignInAsPlatformAdministratorAsync();

        var response = await browser.PostFormAsync($"/Admin/Organisations/Details?id={Guid.NewGuid()}&handler=Invite", new() { ["Form.Email"] = "someone@example.org" }, pageUrl: "/Admin/Countries");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
