using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Paritas.Web.Features.Accounts;
using Paritas.Web.Features.Assessments;
using Paritas.Web.Features.Organisations;

namespace Paritas.IntegrationTests.Assessments;

public sealed class SeparateAnswersTests(ParitasFactory app) : IClassFixture<ParitasFactory>
{
    [Fact]
    public async Task Each_side_answers_for_itself_and_cannot_see_the_other_sides_draft()
    {
        var s = await AssessmentScenario.CreateAsync(app);
        var id = await s.Employer.StartAssessmentAsync(s.ChangeId);
        var first = AssessmentSteps.Instrument.Sections[0];
        await s.Employer.AnswerSectionAsync(id, first, AssessmentSteps.Gravest);

        // The workers' representative answers the same section: it becomes the workers' answer, never the employer's.
        var posted = await s.Workers.AnswerSectionAsync(id, first, AssessmentSteps.Mildest);
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        var answers = await app.WithScopeAsync((_, db) => db.AssessmentAnswers.IgnoreQueryFilters().Where(a => a.AssessmentId == id).ToListAsync());
        Assert.All(answers.Where(a => a.Side == Side.Employer), a => Assert.Equal(AssessmentSteps.Gravest(first.Questions.Single(q => q.Key == a.QuestionKey)), a.OptionKey));
        Assert.All(answers.Where(a => a.Side == Side.Workers), a => Assert.Equal(AssessmentSteps.Mildest(first.Questions.Single(q => q.Key == a.QuestionKey)), a.OptionKey));
        Assert.Equal(first.Questions.Count, answers.Count(a => a.Side == Side.Employer));
        Assert.Equal(first.Questions.Count, answers.Count(a => a.Side == Side.Workers));

        // The answer form shows a side its own answers only.
        var workersForm = await (await s.Workers.GetAsync($"/Assessments/Answer?id={id}&section={first.Key}")).Content.ReadAsStringAsync();
        var gravest = AssessmentSteps.Gravest(first.Questions[0]);
        Assert.DoesNotContain($"value=\"{gravest}\" checked", workersForm, StringComparison.Ordinal);
        Assert.Contains($"value=\"{AssessmentSteps.Mildest(first.Questions[0])}\" checked", workersForm, StringComparison.Ordinal);

        // Pages and API hide the employer's draft and its score from the workers' side.
        var details = await (await s.Workers.GetAsync($"/Assessments/Details?id={id}")).Content.ReadAsStringAsync();
        Assert.Contains("Not shared yet: the other side&#x27;s answers are its own until it shares them.", details, StringComparison.Ordinal);
        var compare = await (await s.Workers.GetAsync($"/Assessments/Compare?id={id}")).Content.ReadAsStringAsync();
        Assert.Contains("The answers can be compared once both sides have shared them.", compare, StringComparison.Ordinal);
        Assert.DoesNotContain("Greatly", compare, StringComparison.Ordinal);
        var json = await app.AssessmentJsonAsync(s.Org, Role.DigitalAgent, id);
        var employerSide = json.GetProperty("sides").EnumerateArray().Single(x => x.GetProperty("side").GetString() == "Employer");
        Assert.Equal(JsonValueKind.Null, employerSide.GetProperty("answers").ValueKind);
        Assert.Equal(JsonValueKind.Null, employerSide.GetProperty("score").ValueKind);
        var workersSide = json.GetProperty("sides").EnumerateArray().Single(x => x.GetProperty("side").GetString() == "Workers");
        Assert.Equal(first.Questions.Count, workersSide.GetProperty("answers").GetArrayLength());

        // A member of neither side sees neither draft.
        var osh = await app.AssessmentJsonAsync(s.Org, Role.OshOfficer, id);
        Assert.All(osh.GetProperty("sides").EnumerateArray(), x => Assert.Equal(JsonValueKind.Null, x.GetProperty("answers").ValueKind));
    }

    [Fact]
    public async Task A_side_shares_only_a_complete_set_and_then_cannot_change_it_without_taking_it_back()
    {
        var s = await AssessmentScenario.CreateAsync(app);
        var id = await s.Employer.StartAssessmentAsync(s.ChangeId);
        await s.Employer.AnswerSectionAsync(id, AssessmentSteps.Instrument.Sections[0], AssessmentSteps.Mildest);

        var early = await s.Employer.ShareAsync(id);
        Assert.Equal(HttpStatusCode.OK, early.StatusCode);
        Assert.Contains("questions are not answered yet. Answer every question before sharing.", await early.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        await s.Employer.AnswerAllAsync(id, AssessmentSteps.Mildest);
        Assert.Equal(HttpStatusCode.Redirect, (await s.Employer.ShareAsync(id)).StatusCode);
        var locked = await s.Employer.AnswerSectionAsync(id, AssessmentSteps.Instrument.Sections[0], AssessmentSteps.Gravest);
        Assert.Contains("Your side has shared its answers. Take them back first to change them.", await locked.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // Once shared, the workers' side sees the employer's answers and score.
        var json = await app.AssessmentJsonAsync(s.Org, Role.WorkersRepresentative, id);
        var employerSide = json.GetProperty("sides").EnumerateArray().Single(x => x.GetProperty("side").GetString() == "Employer");
        Assert.Equal(AssessmentSteps.Instrument.Questions.Count(), employerSide.GetProperty("answers").GetArrayLength());
        Assert.Equal("I", employerSide.GetProperty("score").GetProperty("level").GetString());

        Assert.Equal(HttpStatusCode.Redirect, (await s.Employer.PostFormAsync($"/Assessments/Details?handler=Reopen&id={id}", new(), $"/Assessments/Details?id={id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await s.Employer.AnswerSectionAsync(id, AssessmentSteps.Instrument.Sections[0], AssessmentSteps.Gravest)).StatusCode);
    }

    [Fact]
    public async Task An_answer_that_is_not_one_of_the_options_is_refused_and_nothing_is_saved()
    {
        var s = await AssessmentScenario.CreateAsync(app);
        var id = await s.Employer.StartAssessmentAsync(s.ChangeId);

        var response = await s.Employer.AnswerSectionAsync(id, AssessmentSteps.Instrument.Sections[0], _ => "catastrophic");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Choose one of the answers offered.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await app.CountAsync(db => db.AssessmentAnswers.Where(a => a.AssessmentId == id)));
    }
}
