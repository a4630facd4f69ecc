using System.Net;
using System.Text.Json;
using Paritas.Web.Features.Accounts;

namespace Paritas.IntegrationTests.Surveys;

public sealed class SurveyApiTests(ParitasFactory app) : IClassFixture<ParitasFactory>
{
    [Fact]
    public async Task A_wave_releases_large_units_and_hides_a_unit_of_three_with_a_sibling_after_it_closes()
    {
        await app.EnsureTestInstrumentAsync();
        var org = await app.CreateOrganisationAsync();
        await app.CreateUnitTreeAsync(org);
        var api = await app.ApiClientAsync(Role.EmployerRepresentative, org);
        var wave = await api.OpenWaveAsync(await api.CreateSurveyAsync());
        var anonymous = app.Anonymous();

        // A: 8 answers w1 = Always (100), w2 = Never (reversed: 100) half the time, Often (reversed: 25) otherwise.
        await anonymous.AnswerAllAsync(await api.IssueTokensAsync(wave, "A", 8), i => new { w1 = 1, w2 = i % 2 == 0 ? 5 : 2, neck = 1, back = 2 });
        await anonymous.AnswerAllAsync(await api.IssueTokensAsync(wave, "B", 7), _ => new { w1 = 3, w2 = 3, neck = 2, back = 2 });
        await anonymous.AnswerAllAsync(await api.IssueTokensAsync(wave, "C", 3), _ => new { w1 = 5, w2 = 1, neck = 2, back = 2 });

        var open = await api.ResultsAsync(wave);
        Assert.Equal("open", open.GetProperty("status").GetString());
        Assert.Empty(open.GetProperty("cells").EnumerateArray());
        var counts = open.GetProperty("counts").EnumerateArray().ToDictionary(c => c.GetProperty("unit").GetString()!, c => c.GetProperty("at_least").GetInt32());
        Assert.Equal(new Dictionary<string, int> { ["ROOT"] = 15, ["A"] = 5, ["B"] = 5, ["C"] = 0 }, counts);

        await api.CloseAsync(wave);
        var results = await api.ResultsAsync(wave);
        var a = results.Cell("A", "workload");
        Assert.False(a.GetProperty("suppressed").GetBoolean());
        Assert.Equal(8, a.GetProperty("n").GetInt32());
        // Respondent scores: (100 + 100) / 2 = 100 four times and (100 + 25) / 2 = 62.5 four times.
        Assert.Equal(81.25, a.GetProperty("mean").GetDouble(), 6);
        // t interval: sd = 20.0446…, t(0.975, 7) = 2.364624; half-width = 2.364624 × 20.0446 / √8 = 16.7578.
        Assert.Equal(81.25 - 16.7578, a.GetProperty("ci_lower").GetDouble(), 3);
        Assert.Equal(81.25 + 16.7578, a.GetProperty("ci_upper").GetDouble(), 3);

        var c = results.Cell("C", "workload");
        Assert.True(c.GetProperty("suppressed").GetBoolean());
        foreach (var field in new[] { "n", "mean", "ci_lower", "ci_upper" })
        {
            Assert.Equal(JsonValueKind.Null, c.GetProperty(field).ValueKind);
        }

        // ROOT = A + B + C: with A and ROOT both released, B must be hidden or C = ROOT − A − B.
        var hidden = new[] { "ROOT", "A", "B" }.Count(u => results.Cell(u, "workload").GetProperty("suppressed").GetBoolean());
        Assert.True(hidden >= 1, "A sibling or the parent must be hidden with C.");
    }

    [Fact]
    public async Task A_token_answers_once_and_an_unknown_token_is_not_found()
    {
        await app.EnsureTestInstrumentAsync();
        var org = await app.CreateOrganisationAsync();
        await app.CreateUnitTreeAsync(org);
        var api = await app.ApiClientAsync(Role.EmployerRepresentative, org);
        var wave = await api.OpenWaveAsync(await api.CreateSurveyAsync());
        var token = (await api.IssueTokensAsync(wave, "A", 1))[0];
        var anonymous = app.Anonymous();

        var first = await anonymous.SubmitAsync(token, new { w1 = 1 });
        Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
        Assert.Equal("", await first.Content.ReadAsStringAsync());
        Assert.Null(first.Headers.Location);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.SubmitAsync(token, new { w1 = 2 })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.SubmitAsync("AAAABBBBCCCCDDDDEEEE", new { w1 = 2 })).StatusCode);
    }

    [Fact]
    public async Task An_answer_outside_the_options_is_refused_and_keeps_the_token_unused()
    {
        await app.EnsureTestInstrumentAsync();
        var org = await app.CreateOrganisationAsync();
        await app.CreateUnitTreeAsync(org);
        var api = await app.ApiClientAsync(Role.EmployerRepresentative, org);
        var wave = await api.OpenWaveAsync(await api.CreateSurveyAsync());
        var token = (await api.IssueTokensAsync(wave, "A", 1))[0];
        var anonymous = app.Anonymous();

        var bad = await anonymous.SubmitAsync(token, new { w1 = 9, nonsense = 1 });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("w1", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Accepted, (await anonymous.SubmitAsync(token, new { w1 = 1 })).StatusCode);
    }

    [Fact]
    public async Task A_follow_up_is_compared_with_the_baseline_only_where_both_waves_release_the_cell()
    {
        await app.EnsureTestInstrumentAsync();
        var org = await app.CreateOrganisationAsync();
        await app.CreateUnitTreeAsync(org);
        var api = await app.ApiClientAsync(Role.EmployerRepresentative, org);
        var survey = await api.CreateSurveyAsync();
        var baseline = await api.OpenWaveAsync(survey);
        var anonymous = app.Anonymous();
        await anonymous.AnswerAllAsync(await api.IssueTokensAsync(baseline, "A", 6), i => new { w1 = i % 2 == 0 ? 3 : 4, w2 = 3 });
        await anonymous.AnswerAllAsync(await api.IssueTokensAsync(baseline, "B", 6), _ => new { w1 = 3, w2 = 3 });
        await anonymous.AnswerAllAsync(await api.IssueTokensAsync(baseline, "C", 6), _ => new { w1 = 3, w2 = 3 });
        await api.CloseAsync(baseline);
        var followUp = await api.OpenWaveAsync(survey, "FollowUp");
        await anonymous.AnswerAllAsync(await api.IssueTokensAsync(followUp, "A", 6), i => new { w1 = i % 2 == 0 ? 1 : 2, w2 = 3 });
        // C (2) is hidden, and with it its smallest sibling B (5), so that ROOT − A − B gives nothing away.
        await anonymous.AnswerAllAsync(await api.IssueTokensAsync(followUp, "B", 5), _ => new { w1 = 3, w2 = 3 });
        await anonymous.AnswerAllAsync(await api.IssueTokensAsync(followUp, "C", 2), _ => new { w1 = 3, w2 = 3 });
        await api.CloseAsync(followUp);

        var response = await api.GetAsync($"/api/v1/waves/{followUp}/compare?baseline={baseline}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var compare = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        var a = compare.Cell("A", "workload");
        Assert.False(a.GetProperty("suppressed").GetBoolean());
        // Baseline A: scores (50+50)/2 = 50 and (25+50)/2 = 37.5; follow-up: (100+50)/2 = 75 and (75+50)/2 = 62.5.
        Assert.Equal(25.0, a.GetProperty("mean").GetDouble(), 6);
        // Welch: both variances 46.875, n = 6 each: se = 3.9528, df = 10, t = 2.228139; half = 8.8074.
        Assert.Equal(25.0 - 8.8074, a.GetProperty("ci_lower").GetDouble(), 3);
        var c = compare.Cell("C", "workload");
        Assert.True(c.GetProperty("suppressed").GetBoolean());
        Assert.Equal(JsonValueKind.Null, c.GetProperty("mean").ValueKind);
        Assert.True(compare.Cell("B", "workload").GetProperty("suppressed").GetBoolean());
    }
}
