using System.Net;
using Microsoft.EntityFrameworkCore;
using Paritas.IntegrationTests.Changes;
using Paritas.Web.Features.Accounts;
using Paritas.Web.Features.Agreements;
using Paritas.Web.Features.Assessments;
using Paritas.Web.Features.Changes;
using Paritas.Web.Features.Organisations;

namespace Paritas.IntegrationTests.Assessments;

/// <summary>Acceptance 4: what a workers' representative can never do alone or for the employer.</summary>
public sealed class WorkersRepresentativeLimitsTests(ParitasFactory app) : IClassFixture<ParitasFactory>
{
    [Fact]
    public async Task A_workers_representative_cannot_sign_for_the_employer_side()
    {
        var s = await AssessmentScenario.CreateAsync(app);
        var id = await s.ReadyToSignAsync();

        var response = await s.Workers.SignAsync(id, "Employer", app.NextCode(s.WorkersUser));

        Assert.Contains("You can sign only for your own side.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await app.CountAsync(db => db.AssessmentSignatures.Where(x => x.AssessmentId == id)));

        // A second workers' signature does not stand in for the employer's either.
        var agentUser = await app.CreateUserAsync(s.Org, Role.DigitalAgent);
        var agent = await app.SignInAsync(agentUser);
        Assert.Equal(HttpStatusCode.Redirect, (await s.Workers.SignAsync(id, "Workers", app.NextCode(s.WorkersUser))).StatusCode);
        var second = await agent.SignAsync(id, "Workers", app.NextCode(agentUser));
        Assert.Contains("Your side has already signed this version.", await second.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(AssessmentStatus.Draft, await app.StatusOfAsync(id));
        Assert.Equal([Side.Workers], await app.WithScopeAsync((_, db) => db.AssessmentSignatures.IgnoreQueryFilters().Where(x => x.AssessmentId == id).Select(x => x.Side).ToListAsync()));
    }

    [Fact]
    public async Task A_workers_representative_cannot_edit_the_employers_answers()
    {
        var s = await AssessmentScenario.CreateAsync(app);
        var id = await s.Employer.StartAssessmentAsync(s.ChangeId);
        await s.Employer.AnswerAllAsync(id, AssessmentSteps.Mildest);
        await s.Employer.ShareAsync(id);
        var before = await EmployerAnswersAsync(id);

        // Whatever the form sends, the answers land on the sender's own side.
        foreach (var section in AssessmentSteps.Instrument.Sections)
        {
            await s.Workers.AnswerSectionAsync(id, section, AssessmentSteps.Gravest);
        }

        var share = await s.Workers.PostFormAsync($"/Assessments/Details?handler=Reopen&id={id}", new(), $"/Assessments/Details?id={id}");
        Assert.Contains("Your side has not shared its answers yet.", await share.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(before, await EmployerAnswersAsync(id));
        Assert.NotNull(await app.WithScopeAsync((_, db) => db.Assessments.IgnoreQueryFilters().Where(a => a.Id == id).Select(a => a.EmployerSharedAt).SingleAsync()));
    }

    [Fact]
    public async Task A_workers_representative_cannot_waive_an_obligation_alone()
    {
        var s = await AssessmentScenario.CreateAsync(app, "new-technology-agreement");
        var obligation = (await app.ObligationsOfAsync(s.ChangeId)).Single(o => o.Kind == ObligationKind.ExAnteAssessmentCoSigned);
        var page = $"/Changes/Obligation?id={obligation.Id}";
        var url = $"/Changes/Obligation?handler=Waive&id={obligation.Id}";
        var agent = await app.SignInAsAsync(Role.DigitalAgent, s.Org);

        Assert.Equal(HttpStatusCode.Redirect, (await s.Workers.PostFormAsync(url, new() { ["Form.Reason"] = "The old assessment covers it." }, page)).StatusCode);
        var again = await agent.PostFormAsync(url, new() { ["Form.Reason"] = "Please." }, page);

        Assert.Contains("Your side has already asked for this waiver.", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(ObligationStatus.Open, (await app.ObligationsOfAsync(s.ChangeId)).Single(o => o.Id == obligation.Id).Status);
        var blocked = await s.Workers.MoveAsync(app, s.ChangeId, "Pilot");
        Assert.Contains("Ex-ante assessment co-signed is not met yet", await blocked.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private Task<List<string>> EmployerAnswersAsync(Guid id) => app.WithScopeAsync((_, db) => db.AssessmentAnswers.IgnoreQueryFilters()
        .Where(a => a.AssessmentId == id && a.Side == Side.Employer).OrderBy(a => a.QuestionKey).Select(a => a.QuestionKey + "=" + a.OptionKey + "@" + a.AnsweredByUserId).ToListAsync());
}
