using System.Net;
using System.Net.Http.Json;
using Paritas.Web.Features.Accounts;

namespace Paritas.IntegrationTests.Surveys;

public sealed class SurveyIsolationTests(ParitasFactory app) : IClassFixture<ParitasFactory>
{
    [Fact]
    public async Task Another_organisations_waves_results_and_exports_are_not_found()
    {
        await app.EnsureTestInstrumentAsync();
        var org = await app.CreateOrganisationAsync();
        await app.CreateUnitTreeAsync(org);
        var api = await app.ApiClientAsync(Role.EmployerRepresentative, org);
        var survey = await api.CreateSurveyAsync();
        var baseline = await api.OpenWaveAsync(survey);
        await api.CloseAsync(baseline);
        var wave = await api.OpenWaveAsync(survey, "FollowUp");

        var other = await app.CreateOrganisationAsync();
        await app.CreateUnitTreeAsync(other);
        var otherApi = await app.ApiClientAsync(Role.EmployerRepresentative, other);
        Assert.Equal(HttpStatusCode.NotFound, (await otherApi.PostAsJsonAsync($"/api/v1/waves/{wave}/tokens", new { unit = "A", count = 1 })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherApi.GetAsync($"/api/v1/waves/{baseline}/results?breakdown=unit")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherApi.GetAsync($"/api/v1/waves/{wave}/compare?baseline={baseline}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherApi.PostAsJsonAsync($"/api/v1/surveys/{survey}/waves", new { kind = "FollowUp" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherApi.PostAsync($"/api/v1/waves/{wave}/close", null)).StatusCode);

        var browser = await app.SignInAsAsync(Role.EmployerRepresentative, other);
        foreach (var url in new[]
        {
            $"/Surveys/Details?id={survey}", $"/Surveys/Wave?id={wave}", $"/Surveys/Results?id={baseline}",
            $"/Surveys/Results?handler=Csv&id={baseline}", $"/Surveys/Results?handler=Xlsx&id={baseline}", $"/Surveys/Results?handler=Docx&id={baseline}",
            $"/Surveys/Compare?id={wave}&baseline={baseline}",
        })
        {
            Assert.True((await browser.GetAsync(url)).StatusCode == HttpStatusCode.NotFound, url);
        }

        // The wave is still open for its own organisation: nothing the other one tried changed it.
        Assert.Equal("open", (await api.ResultsAsync(wave)).GetProperty("status").GetString());
    }
}
