using System.Net;
using Microsoft.EntityFrameworkCore;
using Paritas.IntegrationTests.Changes;
using Paritas.Web.Features.Agreements;
using Paritas.Web.Features.Assessments;
using Paritas.Web.Features.Changes;

namespace Paritas.IntegrationTests.Assessments;

public sealed class GateAndExPostTests(ParitasFactory app) : IClassFixture<ParitasFactory>
{
    [Fact]
    public async Task Co_signing_the_ex_ante_assessment_meets_its_obligation_with_a_link_and_opens_the_gate()
    {
        var s = await AssessmentScenario.CreateAsync(app, "new-technology-agreement");
        var blocked = await s.Employer.MoveAsync(app, s.ChangeId, "Pilot");
        Assert.Contains("Ex-ante assessment co-signed is not met yet", await blocked.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var id = await s.ReadyToSignAsync();
        Assert.Equal(HttpStatusCode.Redirect, (await s.Employer.SignAsync(id, "Employer", app.NextCode(s.EmployerUser))).StatusCode);
        Assert.Equal(ObligationStatus.Open, (await app.ObligationsOfAsync(s.ChangeId)).Single(o => o.Kind == ObligationKind.ExAnteAssessmentCoSigned).Status);
        Assert.Contains("is not met yet", await (await s.Employer.MoveAsync(app, s.ChangeId, "Pilot")).Content.ReadAsStringAsync(), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Redirect, (await s.Workers.SignAsync(id, "Workers", app.NextCode(s.WorkersUser))).StatusCode);

        var met = (await app.ObligationsOfAsync(s.ChangeId)).Single(o => o.Kind == ObligationKind.ExAnteAssessmentCoSigned);
        Assert.Equal(ObligationStatus.Met, met.Status);
        Assert.EndsWith($"/Assessments/Details?id={id:D}", met.EvidenceUrl, StringComparison.Ordinal);
        Assert.Equal("Ex-ante impact assessment, version 1, co-signed by both sides.", met.Evidence);
        Assert.Equal(HttpStatusCode.Redirect, (await s.Employer.MoveAsync(app, s.ChangeId, "Pilot")).StatusCode);
        Assert.Equal(ChangeStage.Pilot, await app.WithScopeAsync((_, db) => db.DigitalChanges.IgnoreQueryFilters().Where(c => c.Id == s.ChangeId).Select(c => c.Stage).SingleAsync()));
    }

    [Fact]
    public async Task The_ex_post_assessment_shows_the_ex_ante_answers_asks_what_turned_out_differently_and_meets_its_own_obligation()
    {
        var s = await AssessmentScenario.CreateAsync(app, "new-technology-agreement");
        await s.CoSignedAsync(app);
        var id = await s.Employer.StartAssessmentAsync(s.ChangeId, "ExPost");
        var first = AssessmentSteps.Instrument.Sections[0];

        var form = await (await s.Employer.GetAsync($"/Assessments/Answer?id={id}&section={first.Key}")).Content.ReadAsStringAsync();
        Assert.Contains("Ex-ante (version 1): employer side – Not at all; workers&#x27; side – Greatly", form, StringComparison.Ordinal);

        await s.Employer.AnswerAllAsync(id, AssessmentSteps.Mildest);
        await s.Workers.AnswerAllAsync(id, AssessmentSteps.Mildest);
        await s.Employer.ShareAsync(id);
        await s.Workers.ShareAsync(id);
        var compare = await (await s.Workers.GetAsync($"/Assessments/Compare?id={id}")).Content.ReadAsStringAsync();
        Assert.Contains("Ex-ante answers", compare, StringComparison.Ordinal);
        Assert.Contains("The sides answered 0 questions differently.", compare, StringComparison.Ordinal);

        foreach (var section in AssessmentSteps.Instrument.Sections)
        {
            Assert.Equal(HttpStatusCode.Redirect, (await s.Workers.ConcludeAsync(id, section.Key, "Fine.", $"Less than feared in {section.Key}.")).StatusCode);
        }

        Assert.Equal("Less than feared in employment.", await app.WithScopeAsync((_, db) => db.AssessmentConclusions.IgnoreQueryFilters().Where(c => c.AssessmentId == id && c.SectionKey == "employment").Select(c => c.OutcomeDifference).SingleAsync()));
        Assert.Equal(HttpStatusCode.Redirect, (await s.Employer.SignAsync(id, "Employer", app.NextCode(s.EmployerUser))).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await s.Workers.SignAsync(id, "Workers", app.NextCode(s.WorkersUser))).StatusCode);
        Assert.Equal(ObligationStatus.Met, (await app.ObligationsOfAsync(s.ChangeId)).Single(o => o.Kind == ObligationKind.ExPostAssessmentCoSigned).Status);

        var duplicate = await s.Employer.PostFormAsync($"/Assessments/Start?changeId={s.ChangeId}&kind=ExPost", new() { ["ChangeId"] = s.ChangeId.ToString(), ["Kind"] = "ExPost" });
        Assert.Contains("This change already has an assessment of this kind.", await duplicate.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
