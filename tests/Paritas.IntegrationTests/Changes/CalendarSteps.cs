using System.Net;
using System.Text.RegularExpressions;

namespace Paritas.IntegrationTests.Changes;

/// <summary>Making a calendar address on the calendar page, and reading a feed as a calendar program would.</summary>
public static partial class CalendarSteps
{
    public static async Task<string> MakeCalendarAddressAsync(this HttpClient browser)
    {
        var response = await browser.PostFormAsync("/Changes/Calendar?handler=Create", [], "/Changes/Calendar");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var match = Address().Match(await response.Content.ReadAsStringAsync());
        Assert.True(match.Success, "The calendar page shows no new address.");
        return new Uri(WebUtility.HtmlDecode(match.Groups[1].Value)).PathAndQuery;
    }

    /// <summary>A client with no cookie and no token: all a calendar program has is the address.</summary>
    public static HttpClient CalendarProgram(this ParitasFactory app) => app.CreateClient(new() { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false, HandleCookies = false });

    [GeneratedRegex("data-testid=\"new-feed\">([^<]+)<")]
    private static partial Regex Address();
}
