using System.Net;
using Microsoft.EntityFrameworkCore;
using Paritas.Web.Features.Assessments;
using Paritas.Web.Features.Accounts;

namespace Paritas.IntegrationTests.Assessments;

public sealed class AssessmentIsolationTests(ParitasFactory app) : IClassFixture<ParitasFactory>
{
    [Fact]
    public async Task Nothing_of_an_assessment_is_reachable_from_another_organisation()
    {
        var s = await AssessmentScenario.CreateAsync(app);
        var id = await s.ReadyToSignAsync();
        var actionResponse = await s.Employer.PostFormAsync($"/Assessments/Action?changeId={s.ChangeId}", new() { ["Form.Measure"] = "Screen breaks", ["Form.OwnerSide"] = "Employer", ["Form.Status"] = "Planned" });
        Assert.Equal(HttpStatusCode.Redirect, actionResponse.StatusCode);
        var actionId = await app.WithScopeAsync((_, db) => db.MitigationActions.IgnoreQueryFilters().Where(a => a.ChangeId == s.ChangeId).Select(a => a.Id).SingleAsync());
        var section = AssessmentSteps.Instrument.Sections[0].Key;

        var other = await app.CreateOrganisationAsync();
        var outsider = await app.SignInAsAsync(Role.EmployerRepresentative, other);
        string[] pages =
        [
            $"/Assessments/Details?id={id}",
            $"/Assessments/Details?id={id}&handler=Docx",
            $"/Assessments/Compare?id={id}",
            $"/Assessments/Print?id={id}",
            $"/Assessments/Answer?id={id}&section={section}",
            $"/Assessments/Conclusion?id={id}&section={section}",
            $"/Assessments/Dissent?id={id}",
            $"/Assessments/Sign?id={id}",
            $"/Assessments/Amend?id={id}",
            $"/Assessments/Start?changeId={s.ChangeId}&kind=ExPost",
            $"/Assessments/Actions?changeId={s.ChangeId}",
            $"/Assessments/Actions?changeId={s.ChangeId}&handler=Xlsx",
            $"/Assessments/Action?changeId={s.ChangeId}&id={actionId}",
        ];
        foreach (var page in pages)
        {
            Assert.True((await outsider.GetAsync(page)).StatusCode == HttpStatusCode.NotFound, page);
        }

        // Posting with a valid antiforgery token from one of the outsider's own pages still finds nothing.
        var post = await outsider.PostFormAsync($"/Assessments/Dissent?id={id}", new() { ["Form.Text"] = "Hostile." }, "/Changes/Register");
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        Assert.Equal(0, await app.CountAsync(db => db.AssessmentDissents.Where(d => d.AssessmentId == id)));

        var api = await app.ApiClientAsync(Role.EmployerRepresentative, other);
        foreach (var url in new[] { $"/api/v1/changes/{s.ChangeId}/assessments", $"/api/v1/assessments/{id}", $"/api/v1/changes/{s.ChangeId}/mitigation-actions" })
        {
            Assert.True((await api.GetAsync(url)).StatusCode == HttpStatusCode.NotFound, url);
        }

        var own = await app.ApiClientAsync(Role.EmployerRepresentative, s.Org);
        Assert.Equal(HttpStatusCode.OK, (await own.GetAsync($"/api/v1/assessments/{id}")).StatusCode);
    }
}
