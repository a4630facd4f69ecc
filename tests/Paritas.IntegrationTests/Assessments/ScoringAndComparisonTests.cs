using System.Net;
using Paritas.Web.Features.Accounts;
using Paritas.Web.Features.Assessments;

namespace Paritas.IntegrationTests.Assessments;

public sealed class ScoringAndComparisonTests(ParitasFactory app) : IClassFixture<ParitasFactory>
{
    [Fact]
    public async Task Scores_and_levels_follow_the_answers_and_every_difference_is_marked_in_words()
    {
        var s = await AssessmentScenario.CreateAsync(app);
        var id = await s.Employer.StartAssessmentAsync(s.ChangeId);
        var instrument = AssessmentSteps.Instrument;
        var differing = new[] { "employment.jobs", "surveillance.data", "equality.age" };
        await s.Employer.AnswerAllAsync(id, AssessmentSteps.Gravest);
        await s.Workers.AnswerAllAsync(id, q => differing.Contains(q.Key) ? AssessmentSteps.Mildest(q) : AssessmentSteps.Gravest(q));
        await s.Employer.ShareAsync(id);
        await s.Workers.ShareAsync(id);

        var json = await app.AssessmentJsonAsync(s.Org, Role.OshOfficer, id);
        Assert.Equal(3, json.GetProperty("differences").GetInt32());
        var employer = json.GetProperty("sides").EnumerateArray().Single(x => x.GetProperty("side").GetString() == "Employer").GetProperty("score");
        var maximum = instrument.Questions.Where(q => q.Kind == QuestionKind.Impact).Sum(q => q.MaximumWeight);
        Assert.Equal(maximum, employer.GetProperty("maximum").GetInt32());
        Assert.Equal(maximum, employer.GetProperty("raw").GetInt32());
        Assert.Equal(0, employer.GetProperty("mitigation").GetInt32());
        Assert.Equal("IV", employer.GetProperty("level").GetString());
        var workers = json.GetProperty("sides").EnumerateArray().Single(x => x.GetProperty("side").GetString() == "Workers").GetProperty("score");
        Assert.Equal(maximum - (3 * 3), workers.GetProperty("net").GetInt32());

        var compare = await (await s.Workers.GetAsync($"/Assessments/Compare?id={id}")).Content.ReadAsStringAsync();
        Assert.Equal(3, compare.Count("<strong class=\"marker\">Differs</strong>"));
        Assert.Equal(3, compare.Count("<tr class=\"differs\">"));
        Assert.Contains("The sides answered 3 questions differently.", compare, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Mitigation_lowers_the_level_but_never_below_nothing_in_its_section()
    {
        var s = await AssessmentScenario.CreateAsync(app);
        var id = await s.Employer.StartAssessmentAsync(s.ChangeId);
        await s.Employer.AnswerAllAsync(id, q => q.Kind == QuestionKind.Impact ? "considerably" : "agreed");
        await s.Employer.ShareAsync(id);

        var json = await app.AssessmentJsonAsync(s.Org, Role.WorkersRepresentative, id);
        var score = json.GetProperty("sides").EnumerateArray().Single(x => x.GetProperty("side").GetString() == "Employer").GetProperty("score");
        var instrument = AssessmentSteps.Instrument;
        var raw = instrument.Questions.Count(q => q.Kind == QuestionKind.Impact) * 2;
        var mitigation = instrument.Questions.Count(q => q.Kind == QuestionKind.Mitigation) * 2;
        Assert.Equal(raw, score.GetProperty("raw").GetInt32());
        Assert.Equal(mitigation, score.GetProperty("mitigation").GetInt32());
        Assert.Equal(raw - mitigation, score.GetProperty("net").GetInt32());
        Assert.Equal(ImpactScoring.LevelOf((double)(raw - mitigation) / (raw / 2 * 3)).ToString(), score.GetProperty("level").GetString());
        Assert.Equal("II", score.GetProperty("level").GetString());
    }

    [Fact]
    public async Task The_committee_concludes_a_section_only_after_both_sides_have_shared()
    {
        var s = await AssessmentScenario.CreateAsync(app);
        var id = await s.Employer.StartAssessmentAsync(s.ChangeId);
        await s.Employer.AnswerAllAsync(id, AssessmentSteps.Mildest);
        await s.Employer.ShareAsync(id);

        var early = await s.Employer.ConcludeAsync(id, "workload", "Staffing stays.");
        Assert.Contains("Both sides must share their answers before the committee records a conclusion.", await early.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        await s.Workers.AnswerAllAsync(id, AssessmentSteps.Gravest);
        await s.Workers.ShareAsync(id);
        var empty = await s.Workers.ConcludeAsync(id, "workload", "  ");
        Assert.Contains("Write the joint conclusion", await empty.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await s.Workers.ConcludeAsync(id, "workload", "Caseloads are reviewed after three months.")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await s.Workers.GetAsync($"/Assessments/Conclusion?id={id}&section=nonsense")).StatusCode);

        var details = await (await s.Employer.GetAsync($"/Assessments/Details?id={id}")).Content.ReadAsStringAsync();
        Assert.Contains("Caseloads are reviewed after three months.", details, StringComparison.Ordinal);
        var json = await app.AssessmentJsonAsync(s.Org, Role.Viewer, id);
        Assert.Equal("workload", json.GetProperty("conclusions")[0].GetProperty("section").GetString());
    }
}
