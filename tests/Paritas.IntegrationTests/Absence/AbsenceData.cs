using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using Paritas.Web.Features.Organisations;

namespace Paritas.IntegrationTests.Absence;

/// <summary>
/// A small organisation for absence tests: ROOT with two children, BIG (12 employees) and
/// SMALL (3 employees), and their files for January–February 2024. Every identifier starts
/// with <see cref="IdPrefix"/>, so a test can look for it anywhere.
/// </summary>
internal static partial class AbsenceData
{
    public const string IdPrefix = "EMPX7Q";

    public static Task ArrangeUnitsAsync(ParitasFactory app, Organisation org) => app.WithScopeAsync(async (_, db) =>
    {
        var root = new Unit(org.Id, "ROOT", "Care services", Sector.HealthAndSocialCare, 15, null);
        db.Units.Add(root);
        db.Units.Add(new Unit(org.Id, "BIG", "Home care", Sector.HealthAndSocialCare, 12, root.Id));
        db.Units.Add(new Unit(org.Id, "SMALL", "Night team", Sector.HealthAndSocialCare, 3, root.Id));
        await db.SaveChangesAsync();
        return 0;
    });

    public static string Workforce()
    {
        var b = new StringBuilder("employee_id,unit_code,start_date,end_date,fte\n");
        for (var i = 0; i < 15; i++)
        {
            b.Append(CultureInfo.InvariantCulture, $"{IdPrefix}{i:D3},{(i < 12 ? "BIG" : "SMALL")},2020-01-01,,{(i % 2 == 0 ? "1" : "0.5")}\n");
        }

        return b.ToString();
    }

    /// <summary>Two spells: a 10-day one in BIG (employee 0, FTE 1) and a 4-day one in SMALL (employee 12, FTE 1).</summary>
    public static string Spells(string extraRows = "") =>
        $"employee_id,unit_code,start_date,end_date,cause,degree\n{IdPrefix}000,BIG,2024-01-05,2024-01-14,msd,\n{IdPrefix}012,SMALL,2024-02-01,2024-02-04,psychosocial,\n{extraRows}";

    public static async Task<HttpResponseMessage> UploadAsync(HttpClient browser, string workforce, string spells, string from = "2024-01", string to = "2024-02", bool acceptGoodRows = false)
    {
        var page = await browser.GetAsync("/Absence/Import");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var token = BrowserExtensions.AntiforgeryToken(await page.Content.ReadAsStringAsync());
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent(from), "Form.FirstMonth" },
            { new StringContent(to), "Form.LastMonth" },
            { File(workforce), "workforce", "workforce.csv" },
            { File(spells), "spells", "spells.csv" },
        };
        if (acceptGoodRows)
        {
            form.Add(new StringContent("true"), "Form.AcceptGoodRows");
        }

        return await browser.PostAsync("/Absence/Import", form);
    }

    private static ByteArrayContent File(string text)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(text));
        content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        return content;
    }
}
