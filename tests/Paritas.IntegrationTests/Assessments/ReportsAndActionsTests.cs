using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Paritas.Web.Features.Accounts;
using Paritas.Web.Features.Assessments;

namespace Paritas.IntegrationTests.Assessments;

public sealed class ReportsAndActionsTests(ParitasFactory app) : IClassFixture<ParitasFactory>
{
    [Fact]
    public async Task The_docx_is_valid_and_holds_both_sides_answers_scores_conclusions_dissent_and_actions()
    {
        var s = await AssessmentScenario.CreateAsync(app);
        var id = await s.ReadyToSignAsync();
        await s.Workers.PostFormAsync($"/Assessments/Dissent?id={id}", new() { ["Form.SectionKey"] = "psychosocial", ["Form.Text"] = "Pace targets are unrealistic." });
        await AddActionAsync(s, "Ergonomic phone holders for every care worker", "2500.50");
        await s.CoSignedAfterAsync(app, id);

        var response = await s.Employer.GetAsync($"/Assessments/Details?id={id}&handler=Docx");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(AssessmentDocument.ContentType, response.Content.Headers.ContentType?.MediaType);
        await using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        using var document = WordprocessingDocument.Open(stream, false);
        var errors = new OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
        var text = document.MainDocumentPart!.Document.Body!.InnerText;
        Assert.Contains("Ex-ante assessment, version 1", text, StringComparison.Ordinal);
        Assert.Contains("Not at all", text, StringComparison.Ordinal);
        Assert.Contains("Greatly", text, StringComparison.Ordinal);
        Assert.Contains("Level IV – very high impact", text, StringComparison.Ordinal);
        Assert.Contains("Level I – low impact", text, StringComparison.Ordinal);
        Assert.Contains("Differs", text, StringComparison.Ordinal);
        Assert.Contains("Agreed on equality.", text, StringComparison.Ordinal);
        Assert.Contains("Pace targets are unrealistic.", text, StringComparison.Ordinal);
        Assert.Contains("Ergonomic phone holders for every care worker", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_action_plan_opens_as_a_workbook_and_bad_actions_are_refused()
    {
        var s = await AssessmentScenario.CreateAsync(app);
        var noMeasure = await s.Workers.PostFormAsync($"/Assessments/Action?changeId={s.ChangeId}", new() { ["Form.Measure"] = "", ["Form.OwnerSide"] = "Employer", ["Form.Status"] = "Planned" });
        Assert.Contains("Describe the measure", await noMeasure.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var badBudget = await s.Workers.PostFormAsync($"/Assessments/Action?changeId={s.ChangeId}", new() { ["Form.Measure"] = "Training", ["Form.OwnerSide"] = "Employer", ["Form.Budget"] = "lots", ["Form.Status"] = "Planned" });
        Assert.Contains("Enter the budget as a number", await badBudget.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await app.CountAsync(db => db.MitigationActions.Where(a => a.ChangeId == s.ChangeId)));

        await AddActionAsync(s, "Two days of training in working time", "12000");
        var change = await (await s.Employer.GetAsync($"/Changes/Details?id={s.ChangeId}")).Content.ReadAsStringAsync();
        Assert.Contains("Two days of training in working time", change, StringComparison.Ordinal);
        Assert.Contains("Mitigation actions", change, StringComparison.Ordinal);

        var response = await s.Employer.GetAsync($"/Assessments/Actions?changeId={s.ChangeId}&handler=Xlsx");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        using var workbook = SpreadsheetDocument.Open(stream, false);
        Assert.Empty(new OpenXmlValidator().Validate(workbook));
        var sheet = workbook.WorkbookPart!.WorksheetParts.Single().Worksheet;
        Assert.Contains("Two days of training in working time", sheet.InnerText, StringComparison.Ordinal);
        Assert.Contains("12000", sheet.InnerText, StringComparison.Ordinal);

        var api = await app.ApiClientAsync(Role.OshOfficer, s.Org);
        var actions = await api.GetFromJsonAsync<JsonElement>($"/api/v1/changes/{s.ChangeId}/mitigation-actions");
        Assert.Equal("Employer", actions[0].GetProperty("ownerSide").GetString());
        Assert.Equal(12000m, actions[0].GetProperty("budget").GetDecimal());
    }

    [Fact]
    public async Task The_print_view_has_no_forms_and_no_scripts()
    {
        var s = await AssessmentScenario.CreateAsync(app);
        var id = await s.ReadyToSignAsync();

        var html = await (await s.Employer.GetAsync($"/Assessments/Print?id={id}")).Content.ReadAsStringAsync();

        var main = html[html.IndexOf("<main", StringComparison.Ordinal)..html.IndexOf("</main>", StringComparison.Ordinal)];
        Assert.DoesNotContain("<form", main, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
        Assert.Contains("/css/assessments", main, StringComparison.Ordinal);
        Assert.Contains("Agreed on vendor.", main, StringComparison.Ordinal);
    }

    private static async Task AddActionAsync(AssessmentScenario s, string measure, string budget)
    {
        var response = await s.Workers.PostFormAsync($"/Assessments/Action?changeId={s.ChangeId}", new()
        {
            ["Form.Measure"] = measure,
            ["Form.SectionKey"] = "physical",
            ["Form.OwnerSide"] = "Employer",
            ["Form.DueOn"] = "2027-03-31",
            ["Form.Budget"] = budget,
            ["Form.Status"] = "Planned",
        });
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
    }
}
