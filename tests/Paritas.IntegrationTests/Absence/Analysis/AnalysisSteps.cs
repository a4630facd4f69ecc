using System.Net;
using Microsoft.EntityFrameworkCore;
using Paritas.IntegrationTests.Changes;
using Paritas.Web.Features.Absence.Analysis;
using Paritas.Web.Features.Accounts;
using Paritas.Web.Features.Organisations;

namespace Paritas.IntegrationTests.Absence.Analysis;

/// <summary>
/// An organisation for analysis tests: ROOT with HSC-N and HSC-S, two care units (affected by a change that goes
/// live in July and April 2025) and OFFICE and SCHOOL, and 36 months of synthetic HR files
/// (January 2023 to December 2025) uploaded through the import page.
/// </summary>
internal static class AnalysisSteps
{
    public const string From = "2023-01";
    public const string To = "2025-12";
    public static readonly DateOnly NorthGoLive = new(2025, 7, 1);
    public static readonly DateOnly SouthGoLive = new(2025, 4, 1);

    public sealed record Arranged(Organisation Org, Guid ChangeId, HttpClient Employer);

    public static async Task<Arranged> ArrangeAsync(ParitasFactory app, int headcount = 60, int seed = 2026, bool import = true)
    {
        var org = await app.CreateOrganisationAsync();
        var units = await app.WithScopeAsync(async (_, db) =>
        {
            var root = new Unit(org.Id, "ROOT", "Municipality", Sector.Administration, 0, null);
            var list = new[]
            {
                root,
                new Unit(org.Id, "HSC-N", "Home care north", Sector.HealthAndSocialCare, headcount, root.Id),
                new Unit(org.Id, "HSC-S", "Home care south", Sector.HealthAndSocialCare, headcount, root.Id),
                new Unit(org.Id, "OFFICE", "Town hall", Sector.Administration, headcount, root.Id),
                new Unit(org.Id, "SCHOOL", "School", Sector.EducationAndCulture, headcount, root.Id),
            };
            db.Units.AddRange(list);
            await db.SaveChangesAsync();
            return list;
        });

        var employer = await app.SignInAsAsync(Role.EmployerRepresentative, org);
        var changeId = await employer.RegisterChangeAsync("Care-planning app", (units[1].Id, headcount, NorthGoLive), (units[2].Id, headcount, SouthGoLive));
        if (import)
        {
            await ImportAsync(employer, headcount, seed);
        }

        return new Arranged(org, changeId, employer);
    }

    public static async Task ImportAsync(HttpClient employer, int headcount, int seed, double msdRise = 1.6)
    {
        var (workforce, spells) = DemoHrFiles.Generate(
            [("HSC-N", headcount, NorthGoLive), ("HSC-S", headcount, SouthGoLive), ("OFFICE", headcount, null), ("SCHOOL", headcount, null)],
            new DateOnly(2023, 1, 1), new DateOnly(2025, 12, 1), seed, msdRise);
        var response = await AbsenceData.UploadAsync(employer, WithoutDimensions(workforce), spells, From, To);
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK && html.Contains("Imported", StringComparison.Ordinal), html);
    }

    public static async Task<string> ChangePageAsync(HttpClient browser, Guid changeId)
    {
        var response = await browser.GetAsync($"/Changes/Details?id={changeId}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>The analysis section of the change page, from its heading to its end.</summary>
    public static string Section(string html)
    {
        var start = html.IndexOf("<section aria-labelledby=\"absence-analysis\"", StringComparison.Ordinal);
        Assert.True(start >= 0, "The change page has no analysis section.");
        return html[start..(html.IndexOf("</section>", start, StringComparison.Ordinal) + 10)];
    }

    public static Task<List<string?>> AuditOutcomesAsync(ParitasFactory app, Guid orgId) => app.WithScopeAsync((_, db) =>
        db.AuditEntries.Where(e => e.OrganisationId == orgId && e.Dataset == ChangeAnalyses.Dataset).OrderBy(e => e.Sequence).Select(e => e.Outcome).ToListAsync());

    // The test organisation has no workforce dimensions; the generator's optional columns are dropped.
    private static string WithoutDimensions(string workforce) =>
        string.Join('\n', workforce.Split('\n').Select(line => string.Join(',', line.Split(',').Take(5))));
}
