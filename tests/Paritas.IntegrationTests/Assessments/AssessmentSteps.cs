using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Paritas.IntegrationTests.Changes;
using Paritas.Web.Features.Accounts;
using Paritas.Web.Features.Assessments;
using Paritas.Web.Features.Organisations;

namespace Paritas.IntegrationTests.Assessments;

/// <summary>An organisation with a change, an employer representative and a workers' representative, each signed in.</summary>
public sealed record AssessmentScenario(Organisation Org, Guid ChangeId, TestUser EmployerUser, HttpClient Employer, TestUser WorkersUser, HttpClient Workers)
{
    public static async Task<AssessmentScenario> CreateAsync(ParitasFactory app, string? template = null)
    {
        var org = await app.CreateOrganisationAsync();
        var units = await app.CreateUnitsAsync(org, 2);
        var employerUser = await app.CreateUserAsync(org, Role.EmployerRepresentative);
        var workersUser = await app.CreateUserAsync(org, Role.WorkersRepresentative);
        var employer = await app.SignInAsync(employerUser);
        var workers = await app.SignInAsync(workersUser);
        if (template is not null)
        {
            await employer.ImportTemplateAsync(template);
        }

        var changeId = await employer.RegisterChangeAsync("Care app", (units[0].Id, 20, app.Today().AddDays(60)), (units[1].Id, 12, app.Today().AddDays(90)));
        return new AssessmentScenario(org, changeId, employerUser, employer, workersUser, workers);
    }
}

/// <summary>Intent methods for the assessment tests: each goes through the pages a person uses.</summary>
public static class AssessmentSteps
{
    public static AssessmentInstrument Instrument => AssessmentInstruments.Current;

    /// <summary>No impact and full mitigation: the mildest answers.</summary>
    public static string Mildest(InstrumentQuestion q) => q.Kind == QuestionKind.Impact ? q.Choices.MinBy(o => o.Weight)!.Key : q.Choices.MaxBy(o => o.Weight)!.Key;

    /// <summary>Greatest impact and no mitigation.</summary>
    public static string Gravest(InstrumentQuestion q) => q.Kind == QuestionKind.Impact ? q.Choices.MaxBy(o => o.Weight)!.Key : q.Choices.MinBy(o => o.Weight)!.Key;

    public static async Task<Guid> StartAssessmentAsync(this HttpClient browser, Guid changeId, string kind = "ExAnte")
    {
        var response = await browser.PostFormAsync($"/Assessments/Start?changeId={changeId}&kind={kind}", new() { ["ChangeId"] = changeId.ToString(), ["Kind"] = kind });
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
        return ChangeSteps.IdFrom(response);
    }

    public static async Task<HttpResponseMessage> AnswerSectionAsync(this HttpClient browser, Guid id, InstrumentSection section, Func<InstrumentQuestion, string?> choose)
    {
        var fields = new Dictionary<string, string>();
        foreach (var q in section.Questions)
        {
            fields[$"Form.Options[{q.Key}]"] = choose(q) ?? "";
        }

        return await browser.PostFormAsync($"/Assessments/Answer?id={id}&section={section.Key}", fields);
    }

    public static async Task AnswerAllAsync(this HttpClient browser, Guid id, Func<InstrumentQuestion, string?> choose)
    {
        foreach (var section in Instrument.Sections)
        {
            var response = await browser.AnswerSectionAsync(id, section, choose);
            Assert.True(response.StatusCode == HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
        }
    }

    public static Task<HttpResponseMessage> ShareAsync(this HttpClient browser, Guid id)
        => browser.PostFormAsync($"/Assessments/Details?handler=Share&id={id}", new(), $"/Assessments/Details?id={id}");

    public static Task<HttpResponseMessage> ConcludeAsync(this HttpClient browser, Guid id, string section, string text, string? difference = null)
    {
        var fields = new Dictionary<string, string> { ["Form.Text"] = text };
        if (difference is not null)
        {
            fields["Form.OutcomeDifference"] = difference;
        }

        return browser.PostFormAsync($"/Assessments/Conclusion?id={id}&section={section}", fields);
    }

    public static async Task ConcludeAllAsync(this HttpClient browser, Guid id)
    {
        foreach (var section in Instrument.Sections)
        {
            var response = await browser.ConcludeAsync(id, section.Key, $"Agreed on {section.Key}.");
            Assert.True(response.StatusCode == HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
        }
    }

    public static Task<HttpResponseMessage> SignAsync(this HttpClient browser, Guid id, string side, string? code)
        => browser.PostFormAsync($"/Assessments/Sign?id={id}", new() { ["Form.Side"] = side, ["Form.Code"] = code ?? "" });

    /// <summary>Both sides answer (the employer mildly, the workers gravely), share, and the committee concludes every section.</summary>
    public static async Task<Guid> ReadyToSignAsync(this AssessmentScenario s, string kind = "ExAnte")
    {
        var id = await s.Employer.StartAssessmentAsync(s.ChangeId, kind);
        await s.Employer.AnswerAllAsync(id, Mildest);
        await s.Workers.AnswerAllAsync(id, Gravest);
        Assert.Equal(HttpStatusCode.Redirect, (await s.Employer.ShareAsync(id)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await s.Workers.ShareAsync(id)).StatusCode);
        await s.Employer.ConcludeAllAsync(id);
        return id;
    }

    /// <summary>Both representatives sign with fresh codes.</summary>
    public static async Task<Guid> CoSignedAsync(this AssessmentScenario s, ParitasFactory app, string kind = "ExAnte")
    {
        var id = await s.ReadyToSignAsync(kind);
        await s.CoSignedAfterAsync(app, id);
        return id;
    }

    public static async Task CoSignedAfterAsync(this AssessmentScenario s, ParitasFactory app, Guid id)
    {
        Assert.Equal(HttpStatusCode.Redirect, (await s.Employer.SignAsync(id, "Employer", app.NextCode(s.EmployerUser))).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await s.Workers.SignAsync(id, "Workers", app.NextCode(s.WorkersUser))).StatusCode);
    }

    public static async Task<JsonElement> AssessmentJsonAsync(this ParitasFactory app, Organisation org, Role role, Guid id)
        => await (await app.ApiClientAsync(role, org)).GetFromJsonAsync<JsonElement>($"/api/v1/assessments/{id}");

    public static Task<AssessmentStatus> StatusOfAsync(this ParitasFactory app, Guid id)
        => app.WithScopeAsync((_, db) => db.Assessments.IgnoreQueryFilters().Where(a => a.Id == id).Select(a => a.Status).SingleAsync());

    public static int Count(this string html, string fragment)
    {
        var count = 0;
        for (var i = html.IndexOf(fragment, StringComparison.Ordinal); i >= 0; i = html.IndexOf(fragment, i + fragment.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
