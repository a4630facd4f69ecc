using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Paritas.Web.Features.Organisations;

namespace Paritas.IntegrationTests.Units;

/// <summary>Intent methods for the unit tests: arrange units directly, read them back, post files as a browser would.</summary>
public static partial class UnitArrange
{
    public static Encoding Windows1252 { get; } = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;

    public static Task<Unit> AddUnitAsync(this ParitasFactory app, Organisation org, string code, Unit? parent = null, string? name = null, Sector sector = Sector.Administration, int headcount = 10)
        => app.WithScopeAsync(async (_, db) =>
        {
            var unit = new Unit(org.Id, code, name ?? "Unit " + code, sector, headcount, parent?.Id);
            db.Units.Add(unit);
            await db.SaveChangesAsync();
            return unit;
        });

    public static Task<Unit?> FindUnitAsync(this ParitasFactory app, Organisation org, string code)
        => app.WithScopeAsync((_, db) => db.Units.IgnoreQueryFilters().AsNoTracking().FirstOrDefaultAsync(u => u.OrganisationId == org.Id && u.Code == code));

    public static Task<int> UnitCountAsync(this ParitasFactory app, Organisation org)
        => app.WithScopeAsync((_, db) => db.Units.IgnoreQueryFilters().CountAsync(u => u.OrganisationId == org.Id));

    public static Task<List<UnitHistoryEntry>> HistoryOfAsync(this ParitasFactory app, Unit unit)
        => app.WithScopeAsync((_, db) => db.UnitHistory.IgnoreQueryFilters().AsNoTracking().Where(h => h.UnitId == unit.Id).ToListAsync());

    /// <summary>Opens the page for its antiforgery token, then uploads the file as a multipart form.</summary>
    public static async Task<HttpResponseMessage> UploadAsync(this HttpClient browser, string url, byte[] file, string fileName = "units.csv")
    {
        var page = await browser.GetAsync(url);
        var html = await page.Content.ReadAsStringAsync();
        var token = AntiforgeryField().Match(html);
        Assert.True(token.Success, $"No antiforgery token on {url} (status {(int)page.StatusCode}).");
        using var content = new MultipartFormDataContent
        {
            { new StringContent(WebUtility.HtmlDecode(token.Groups[1].Value)), "__RequestVerificationToken" },
        };
        var part = new ByteArrayContent(file);
        part.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("text/csv");
        content.Add(part, "Upload", fileName);
        return await browser.PostAsync(url, content);
    }

    public static byte[] Utf8WithBom(string text) => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)];

    public static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    /// <summary>The version the edit page put in its form, as a browser would send it back.</summary>
    public static string VersionOnPage(string html, string field = "Form.Version")
    {
        var match = Regex.Match(html, "name=\"" + Regex.Escape(field) + "\" value=\"([^\"]+)\"");
        Assert.True(match.Success, "No version field " + field + " on the page.");
        return match.Groups[1].Value;
    }

    /// <summary>Where the page's form for a handler posts to, as a browser would follow it.</summary>
    public static string FormAction(string html, string handler)
    {
        var match = Regex.Match(html, "<form method=\"post\"[^>]*action=\"([^\"]*handler=" + Regex.Escape(handler) + "[^\"]*)\"");
        Assert.True(match.Success, "No form for handler " + handler + " on the page.");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    /// <summary>The rows of the import page's problem table: line, column, reason.</summary>
    public static List<(string Line, string Column, string Reason)> ProblemRows(string html)
        => [.. ProblemRow().Matches(html).Select(m => (m.Groups[1].Value.Trim(), m.Groups[2].Value.Trim(), m.Groups[3].Value.Trim()))];

    public static string Html(this string html) => WebUtility.HtmlDecode(html);

    [GeneratedRegex(@"<tr>\s*<td>([^<]*)</td>\s*<td>([^<]*)</td>\s*<td>([^<]*)</td>\s*</tr>")]
    private static partial Regex ProblemRow();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
