using System.Net;
using Paritas.Web.Features.Accounts;
using Paritas.Web.Features.Agreements;
using Paritas.Web.Features.Changes;

namespace Paritas.IntegrationTests.Changes;

public sealed class WaiverTests(ParitasFactory app) : IClassFixture<ParitasFactory>
{
    [Fact]
    public async Task A_workers_representative_cannot_waive_alone_and_the_employer_side_confirms()
    {
        var org = await app.CreateOrganisationAsync();
        var steward = await app.SignInAsAsync(Role.WorkersRepresentative, org);
        var agent = await app.SignInAsAsync(Role.DigitalAgent, org);
        var employer = await app.SignInAsAsync(Role.EmployerRepresentative, org);
        await employer.ImportTemplateAsync("quebec-joint-committee");
        var id = await steward.RegisterChangeAsync("Robot");
        var obligation = (await app.ObligationsOfAsync(id)).Single(o => o.Kind == ObligationKind.JointCommitteeFormed);
        var page = $"/Changes/Obligation?id={obligation.Id}";
        var url = $"/Changes/Obligation?handler=Waive&id={obligation.Id}";

        Assert.Equal(HttpStatusCode.Redirect, (await steward.PostFormAsync(url, new() { ["Form.Reason"] = "The standing committee already covers it." }, page)).StatusCode);
        var again = await agent.PostFormAsync(url, new() { ["Form.Reason"] = "Please." }, page);
        Assert.Contains("Your side has already asked for this waiver.", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(ObligationStatus.Open, (await app.ObligationsOfAsync(id)).Single(o => o.Id == obligation.Id).Status);

        Assert.Equal(HttpStatusCode.Redirect, (await employer.PostFormAsync(url, new(), page)).StatusCode);

        var waived = (await app.ObligationsOfAsync(id)).Single(o => o.Id == obligation.Id);
        Assert.Equal(ObligationStatus.Waived, waived.Status);
        Assert.Equal("The standing committee already covers it.", waived.WaiverReason);
    }

    [Fact]
    public async Task Evidence_with_a_script_link_is_refused_and_nothing_changes()
    {
        var org = await app.CreateOrganisationAsync();
        var employer = await app.SignInAsAsync(Role.EmployerRepresentative, org);
        await employer.ImportTemplateAsync("quebec-joint-committee");
        var id = await employer.RegisterChangeAsync("Robot");
        var obligation = (await app.ObligationsOfAsync(id)).First();

        var response = await employer.PostFormAsync($"/Changes/Obligation?handler=Met&id={obligation.Id}", new() { ["Form.EvidenceUrl"] = "javascript:alert(1)" }, $"/Changes/Obligation?id={obligation.Id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Enter a web address that starts with https:// or http://.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(ObligationStatus.Open, (await app.ObligationsOfAsync(id)).Single(o => o.Id == obligation.Id).Status);
    }
}
