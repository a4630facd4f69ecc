using System.Net;
using Microsoft.EntityFrameworkCore;
using Paritas.Web.Features.Accounts;
using Paritas.Web.Features.Agreements;
using Paritas.Web.Features.Changes;

namespace Paritas.IntegrationTests.Changes;

public sealed class ObligationsFromAgreementsTests(ParitasFactory app) : IClassFixture<ParitasFactory>
{
    [Fact]
    public async Task A_change_with_two_units_gets_the_quebec_obligations_and_they_follow_a_moved_go_live()
    {
        var org = await app.CreateOrganisationAsync();
        var units = await app.CreateUnitsAsync(org, 2);
        var employer = await app.SignInAsAsync(Role.EmployerRepresentative, org);
        await employer.ImportTemplateAsync("quebec-joint-committee");
        var today = app.Today();

        var id = await employer.RegisterChangeAsync("Case robot", (units[0].Id, 10, today.AddDays(100)), (units[1].Id, 8, today.AddDays(60)));

        var obligations = await app.ObligationsOfAsync(id);
        Assert.Equal(today.AddDays(30), obligations.Single(o => o.Kind == ObligationKind.JointCommitteeFormed).DueOn);
        Assert.Equal(today.AddDays(60 - 14), obligations.Single(o => o.Kind == ObligationKind.ConsultationHeld).DueOn);
        var page = await (await employer.GetAsync($"/Changes/Details?id={id}")).Content.ReadAsStringAsync();
        Assert.Contains("Joint committee formed", page, StringComparison.Ordinal);
        Assert.Contains("Consultation held", page, StringComparison.Ordinal);

        var fields = ChangeSteps.ChangeFields("Case robot", (units[0].Id, 10, today.AddDays(100)), (units[1].Id, 8, today.AddDays(80)));
        fields["Form.Version"] = (await app.VersionOfAsync(id)).ToString();
        Assert.Equal(HttpStatusCode.Redirect, (await employer.PostFormAsync($"/Changes/Edit?id={id}", fields)).StatusCode);

        obligations = await app.ObligationsOfAsync(id);
        Assert.Equal(today.AddDays(80 - 14), obligations.Single(o => o.Kind == ObligationKind.ConsultationHeld).DueOn);
        Assert.Equal(today.AddDays(30), obligations.Single(o => o.Kind == ObligationKind.JointCommitteeFormed).DueOn);
        Assert.Equal(2, obligations.Count);
    }

    [Fact]
    public async Task An_agreement_taken_out_of_force_removes_its_open_obligations()
    {
        var org = await app.CreateOrganisationAsync();
        var employer = await app.SignInAsAsync(Role.EmployerRepresentative, org);
        await employer.ImportTemplateAsync("quebec-joint-committee");
        var id = await employer.RegisterChangeAsync("Chatbot");
        var agreementId = await app.WithScopeAsync((_, db) => db.Agreements.IgnoreQueryFilters().Where(a => a.OrganisationId == org.Id).Select(a => a.Id).SingleAsync());
        Assert.Equal(2, (await app.ObligationsOfAsync(id)).Count);

        var response = await employer.PostFormAsync($"/Agreements/Details?handler=InForce&id={agreementId}", new() { ["inForce"] = "false" }, $"/Agreements/Details?id={agreementId}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Empty(await app.ObligationsOfAsync(id));
    }

    [Fact]
    public async Task Clause_markdown_is_rendered_without_script_links()
    {
        var org = await app.CreateOrganisationAsync();
        var steward = await app.SignInAsAsync(Role.WorkersRepresentative, org);
        await steward.ImportTemplateAsync("right-to-disconnect");
        var clauseId = await app.WithScopeAsync((_, db) => db.Clauses.IgnoreQueryFilters().Where(c => c.OrganisationId == org.Id).OrderBy(c => c.Position).Select(c => c.Id).FirstAsync());

        var saved = await steward.PostFormAsync($"/Agreements/Clause?id={clauseId}", new() { ["Form.Heading"] = "Evil", ["Form.Text"] = "[x](javascript:alert(1)) <script>alert(2)</script>" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var page = await (await steward.GetAsync(saved.Headers.Location!.OriginalString)).Content.ReadAsStringAsync();
        Assert.DoesNotContain("javascript:", page, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<script>alert(2)", page, StringComparison.Ordinal);
    }
}
