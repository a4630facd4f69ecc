using System.Net;
using System.Text.RegularExpressions;

namespace Paritas.IntegrationTests.Administration;

/// <summary>Several people racing through set-up on a new installation.</summary>
public sealed partial class ConcurrentSetupTests(ParitasFactory app) : IClassFixture<ParitasFactory>
{
    [Fact]
    public async Task Simultaneous_setup_posts_create_exactly_one_administrator()
    {
        const int racers = 6;
        var prepared = new List<(HttpClient Browser, Dictionary<string, string> Fields)>();
        for (var i = 0; i < racers; i++)
        {
            var browser = app.NewBrowser();
            var page = await (await browser.GetAsync("/Setup")).Content.ReadAsStringAsync();
            prepared.Add((browser, new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = WebUtility.HtmlDecode(Antiforgery().Match(page).Groups[1].Value),
                ["Form.Name"] = "Racer " + i,
                ["Form.Email"] = $"racer{i}@example.org",
                ["Form.Password"] = "a long enough passphrase",
                ["Form.ConfirmPassword"] = "a long enough passphrase",
            }));
        }

        var responses = await Task.WhenAll(prepared.Select(p => p.Browser.PostAsync("/Setup", new FormUrlEncodedContent(p.Fields))));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Redirect);
        Assert.All(responses.Where(r => r.StatusCode != HttpStatusCode.Redirect), r => Assert.Equal(HttpStatusCode.NotFound, r.StatusCode));
        Assert.Equal(1, await app.CountAsync(db => db.Users.Where(u => u.IsPlatformAdministrator)));
        Assert.Equal(1, await app.CountAsync(db => db.Users));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Antiforgery();
}
