using Microsoft.EntityFrameworkCore;
using System.Net;
using Paritas.Web.Features.Accounts;

namespace Paritas.IntegrationTests.Surveys;

public sealed class AnsweringPagesTests(ParitasFactory app) : IClassFixture<ParitasFactory>
{
    [Fact]
    public async Task A_worker_answers_section_by_section_reviews_and_submits_with_the_token_gone_from_the_address()
    {
        await app.EnsureTestInstrumentAsync();
        var org = await app.CreateOrganisationAsync();
        await app.CreateUnitTreeAsync(org);
        var api = await app.ApiClientAsync(Role.EmployerRepresentative, org);
        var wave = await api.OpenWaveAsync(await api.CreateSurveyAsync());
        var token = (await api.IssueTokensAsync(wave, "A", 1))[0];
        var phone = app.NewBrowser();

        var start = await phone.GetAsync($"/a?c={token}");
        Assert.Equal(HttpStatusCode.Redirect, start.StatusCode);
        Assert.Equal("/Surveys/Answer", start.Headers.Location!.OriginalString);
        Assert.DoesNotContain(token, start.Headers.Location.OriginalString, StringComparison.Ordinal);

        var intro = await (await phone.GetAsync("/Surveys/Answer")).Content.ReadAsStringAsync();
        Assert.Contains("What is not recorded", intro, StringComparison.Ordinal);
        Assert.DoesNotContain(token, intro, StringComparison.Ordinal);

        var first = await phone.PostFormAsync("/Surveys/Answer?handler=Section&step=1", new() { ["a.w1"] = "1", ["a.w2"] = "5", ["direction"] = "next" }, "/Surveys/Answer?step=1");
        Assert.Equal("/Surveys/Answer?step=2", first.Headers.Location!.OriginalString);
        var second = await phone.PostFormAsync("/Surveys/Answer?handler=Section&step=2", new() { ["a.neck"] = "1", ["a.comment"] = "More breaks please", ["direction"] = "next" }, "/Surveys/Answer?step=2");
        Assert.Equal("/Surveys/Answer?step=3", second.Headers.Location!.OriginalString);

        var review = await (await phone.GetAsync("/Surveys/Answer?step=3")).Content.ReadAsStringAsync();
        Assert.Contains("Always", review, StringComparison.Ordinal);
        Assert.Contains("More breaks please", review, StringComparison.Ordinal);

        var sent = await phone.PostFormAsync("/Surveys/Answer?handler=Submit", new(), "/Surveys/Answer?step=3");
        Assert.Equal("/Surveys/Thanks", sent.Headers.Location!.OriginalString);
        var stored = await app.WithScopeAsync((_, db) => Task.FromResult(db.Set<Paritas.Web.Features.Surveys.SurveyResponse>().IgnoreQueryFilters().Where(r => r.WaveId == wave).Select(r => r.Answers).ToList()));
        Assert.Equal("{\"neck\":1,\"w1\":1,\"w2\":5,\"comment\":\"More breaks please\"}", Assert.Single(stored));

        // The token is spent: the same link now says so.
        var again = await app.NewBrowser().GetAsync($"/a?c={token}");
        Assert.Equal("/Surveys/Answer?handler=NotValid", again.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task A_choice_that_is_not_an_option_is_refused_with_a_message_and_nothing_is_kept()
    {
        await app.EnsureTestInstrumentAsync();
        var org = await app.CreateOrganisationAsync();
        await app.CreateUnitTreeAsync(org);
        var api = await app.ApiClientAsync(Role.EmployerRepresentative, org);
        var wave = await api.OpenWaveAsync(await api.CreateSurveyAsync());
        var token = (await api.IssueTokensAsync(wave, "A", 1))[0];
        var phone = app.NewBrowser();
        await phone.GetAsync($"/a?c={token}");

        var response = await phone.PostFormAsync("/Surveys/Answer?handler=Section&step=1", new() { ["a.w1"] = "42", ["direction"] = "next" }, "/Surveys/Answer?step=1");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Choose one of the options.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_worker_reads_the_questions_in_swedish_and_a_unit_code_typed_by_hand_works()
    {
        await app.EnsureTestInstrumentAsync();
        var org = await app.CreateOrganisationAsync();
        await app.CreateUnitTreeAsync(org);
        var api = await app.ApiClientAsync(Role.EmployerRepresentative, org);
        var wave = await api.OpenWaveAsync(await api.CreateSurveyAsync());
        var code = await app.WithScopeAsync((_, db) => Task.FromResult(db.Set<Paritas.Web.Features.Surveys.WaveUnitLink>().IgnoreQueryFilters().First(l => l.WaveId == wave).Code));
        var phone = app.NewBrowser();
        phone.DefaultRequestHeaders.AcceptLanguage.ParseAdd("sv");

        var started = await phone.PostFormAsync("/Surveys/Answer?handler=Start", new() { ["Code"] = code.ToLowerInvariant() }, "/Surveys/Answer");
        Assert.Equal("/Surveys/Answer", started.Headers.Location!.OriginalString);
        var page = await (await phone.GetAsync("/Surveys/Answer?step=1")).Content.ReadAsStringAsync();
        Assert.Contains("Hopar sig uppgifterna?", page, StringComparison.Ordinal);
    }
}
