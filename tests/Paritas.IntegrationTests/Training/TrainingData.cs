using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Paritas.IntegrationTests.Absence;
using Paritas.IntegrationTests.Changes;
using Paritas.IntegrationTests.OrganisationSetup;
using Paritas.Web.Features.Organisations;

namespace Paritas.IntegrationTests.Training;

/// <summary>
/// An organisation for training tests: ROOT with units A and B, 20 employees each — 10 women at
/// FTE 1 and 10 men at FTE 0.5 — employed all of January–March 2024, dimensions Gender and
/// WorkingTime. Every employee identifier starts with <see cref="IdPrefix"/>.
/// </summary>
internal static partial class TrainingData
{
    public const string IdPrefix = "TRNQ8Z";

    public const string EmptySpells = "employee_id,unit_code,start_date,end_date,cause,degree\n";

    public static async Task<(Guid Root, Guid A, Guid B)> ArrangeAsync(ParitasFactory app, Organisation org, params string[] extraUnits)
    {
        await app.CreateDimensionAsync(org, WorkforceDimensionKind.Gender, ("women", "Women"), ("men", "Men"));
        await app.CreateDimensionAsync(org, WorkforceDimensionKind.WorkingTime, ("full-time", "Full-time"), ("part-time", "Part-time"));
        return await app.WithScopeAsync(async (_, db) =>
        {
            var root = new Unit(org.Id, "ROOT", "Care services", Sector.HealthAndSocialCare, 40, null);
            var a = new Unit(org.Id, "A", "Home care", Sector.HealthAndSocialCare, 20, root.Id);
            var b = new Unit(org.Id, "B", "Day centre", Sector.HealthAndSocialCare, 20, root.Id);
            db.Units.AddRange(root, a, b);
            db.Units.AddRange(extraUnits.Select(code => new Unit(org.Id, code, "Unit " + code, Sector.HealthAndSocialCare, 3, root.Id)));
            await db.SaveChangesAsync();
            return (root.Id, a.Id, b.Id);
        });
    }

    /// <summary>Per unit: employees 00–09 women at FTE 1, 10–19 men at FTE 0.5.</summary>
    public static string Workforce(params (string Unit, int People)[] units)
    {
        var b = new StringBuilder("employee_id,unit_code,start_date,end_date,fte,gender\n");
        foreach (var (unit, people) in units)
        {
            for (var i = 0; i < people; i++)
            {
                b.Append(CultureInfo.InvariantCulture, $"{Id(unit, i)},{unit},2020-01-01,,{(i < people / 2 ? "1" : "0.5")},{(i < people / 2 ? "women" : "men")}\n");
            }
        }

        return b.ToString();
    }

    public static string Id(string unit, int i) => $"{IdPrefix}{unit}{i:D2}";

    public static async Task ImportWorkforceAsync(HttpClient employer, string workforce)
    {
        var response = await AbsenceData.UploadAsync(employer, workforce, EmptySpells, "2024-01", "2024-03");
        Assert.Contains("Imported 0 spell rows", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    public static async Task<HttpResponseMessage> UploadHoursAsync(HttpClient browser, byte[] file, string from = "2024-01", string to = "2024-03")
    {
        var page = await browser.GetAsync("/Training/Import");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var token = Antiforgery().Match(await page.Content.ReadAsStringAsync());
        var content = new ByteArrayContent(file);
        content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(WebUtility.HtmlDecode(token.Groups[1].Value)), "__RequestVerificationToken" },
            { new StringContent(from), "Form.FirstMonth" },
            { new StringContent(to), "Form.LastMonth" },
            { content, "hours", "hours.csv" },
        };
        return await browser.PostAsync("/Training/Import", form);
    }

    public static Task<HttpResponseMessage> UploadHoursAsync(HttpClient browser, string csv, string from = "2024-01", string to = "2024-03")
        => UploadHoursAsync(browser, Encoding.UTF8.GetBytes(csv), from, to);

    public static async Task<JsonElement> LedgerAsync(HttpClient api, string query = "")
    {
        var response = await api.GetAsync("/api/v1/training/ledger" + query);
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    public static JsonElement Summary(JsonElement ledger, string unit, string? group = null) =>
        ledger.GetProperty("summary").EnumerateArray().Single(r => r.GetProperty("unitCode").GetString() == unit && r.GetProperty("group").GetString() == group);

    public static JsonElement Month(JsonElement ledger, string unit, string month, string? group = null) =>
        ledger.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("unitCode").GetString() == unit && r.GetProperty("group").GetString() == group && r.GetProperty("month").GetString() == month);

    public static JsonElement Equality(JsonElement ledger, string dimension, string? group) =>
        ledger.GetProperty("equality").EnumerateArray().Single(r => r.GetProperty("dimension").GetString() == dimension && r.GetProperty("group").GetString() == group);

    public static Task<Guid> RegisterAsync(HttpClient employer, string title, params (Guid Unit, DateOnly GoLive)[] units)
        => employer.RegisterChangeAsync(title, [.. units.Select(u => (u.Unit, 20, (DateOnly?)u.GoLive))]);

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Antiforgery();
}
