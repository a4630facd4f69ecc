using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Paritas.Web.Features.Organisations;
using Paritas.Web.Features.Surveys;

namespace Paritas.IntegrationTests.Surveys;

/// <summary>Intent methods for the survey tests: a unit tree, the test instrument, waves, tokens and answers through the API.</summary>
public static class SurveySteps
{
    public const string InstrumentId = "paritas_test";

    public static string InstrumentJson => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Surveys", "test-instrument.json"));

    public static Task EnsureTestInstrumentAsync(this ParitasFactory app) => app.WithScopeAsync(async (services, _) =>
    {
        var catalog = services.GetRequiredService<InstrumentCatalog>();
        if (await catalog.FindAsync(InstrumentId, null, default) is null)
        {
            var (instrument, problems) = await catalog.ImportAsync(InstrumentJson, null, default);
            Assert.True(instrument is not null, string.Join(" ", problems));
        }

        return true;
    });

    /// <summary>ROOT with children A, B and C, and an occupational-group dimension with groups N (nurses) and C (carers).</summary>
    public static Task<Dictionary<string, Guid>> CreateUnitTreeAsync(this ParitasFactory app, Organisation org) => app.WithScopeAsync(async (_, db) =>
    {
        var root = new Unit(org.Id, "ROOT", "Care services", Sector.HealthAndSocialCare, 100, null);
        db.Units.Add(root);
        await db.SaveChangesAsync();
        var children = new[] { "A", "B", "C" }.Select(c => new Unit(org.Id, c, "Home care " + c, Sector.HealthAndSocialCare, 30, root.Id)).ToList();
        db.Units.AddRange(children);
        var dimension = new WorkforceDimension(org.Id, WorkforceDimensionKind.OccupationalGroup, "Occupation");
        dimension.Groups.Add(new WorkforceGroup(dimension, "N", "Nurses"));
        dimension.Groups.Add(new WorkforceGroup(dimension, "K", "Carers"));
        db.WorkforceDimensions.Add(dimension);
        await db.SaveChangesAsync();
        return children.Append(root).ToDictionary(u => u.Code, u => u.Id);
    });

    public static async Task<Guid> CreateSurveyAsync(this HttpClient api, Guid? changeId = null)
    {
        var response = await api.PostAsJsonAsync("/api/v1/surveys", new { title = "Home care phones", instrument = InstrumentId, change = changeId });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    public static async Task<Guid> OpenWaveAsync(this HttpClient api, Guid surveyId, string kind = "Baseline")
    {
        var response = await api.PostAsJsonAsync($"/api/v1/surveys/{surveyId}/waves", new { kind });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    public static async Task<string[]> IssueTokensAsync(this HttpClient api, Guid waveId, string unit, int count, string? dimension = null, string? group = null)
    {
        var response = await api.PostAsJsonAsync($"/api/v1/waves/{waveId}/tokens",
            dimension is null ? new { unit, count, group = (object?)null } : new { unit, count, group = (object?)new { dimension, value = group } });
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return [.. (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("tokens").EnumerateArray().Select(t => t.GetString()!)];
    }

    public static Task<HttpResponseMessage> SubmitAsync(this HttpClient anonymous, string token, object answers)
        => anonymous.PostAsJsonAsync("/api/v1/responses", new { token, answers });

    public static async Task AnswerAllAsync(this HttpClient anonymous, IEnumerable<string> tokens, Func<int, object> answers)
    {
        var i = 0;
        foreach (var token in tokens)
        {
            var response = await anonymous.SubmitAsync(token, answers(i++));
            Assert.True(response.StatusCode == HttpStatusCode.Accepted, await response.Content.ReadAsStringAsync());
        }
    }

    public static async Task CloseAsync(this HttpClient api, Guid waveId)
    {
        var response = await api.PostAsync($"/api/v1/waves/{waveId}/close", null);
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }

    public static async Task<JsonElement> ResultsAsync(this HttpClient api, Guid waveId, string? dimension = null)
    {
        var response = await api.GetAsync($"/api/v1/waves/{waveId}/results?breakdown=unit" + (dimension is null ? "" : "&dimension=" + dimension));
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public static JsonElement Cell(this JsonElement results, string unit, string scale, string? group = null)
        => results.GetProperty("cells").EnumerateArray().Single(c => c.GetProperty("unit").GetString() == unit && c.GetProperty("scale").GetString() == scale
            && (group is null ? c.GetProperty("group").ValueKind == JsonValueKind.Null : c.GetProperty("group").GetString() == group));

    public static HttpClient Anonymous(this ParitasFactory app) => app.NewBrowser();
}
