using System.Net;
using System.Text.RegularExpressions;
using Paritas.Web.Features.Accounts;
using Paritas.Web.Features.Library;

namespace Paritas.IntegrationTests.Library;

/// <summary>Acceptance 3: script in titles, Markdown bodies, summaries and comments renders as harmless text; no javascript: link survives.</summary>
public sealed partial class LibraryXssTests(LibraryFactory app) : IClassFixture<LibraryFactory>
{
    public static readonly string[] Payloads =
    [
        "<script>alert('xss')</script>",
        "<img src=x onerror=alert(1)>",
        "<svg onload=alert(1)>",
        "[click](javascript:alert(1))",
        "[click](JAVASCRIPT:alert(1))",
        "[click](java\tscript:alert(1))",
        "[click](  javascript:alert(1))",
        "[click](&#106;avascript:alert(1))",
        "<javascript:alert(1)>",
        "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
        "[click](vbscript:msgbox(1))",
        "![image](javascript:alert(1))",
        "[ref]: javascript:alert(1)\n\n[click][ref]",
        "<a href=\"javascript:alert(1)\">click</a>",
        "<iframe src=\"javascript:alert(1)\"></iframe>",
        "\"><script>alert(1)</script>",
        "<details open ontoggle=alert(1)>",
        "<style>body{background:url(javascript:alert(1))}</style>",
    ];

    private static void AssertHarmless(string html)
    {
        Assert.DoesNotContain("<script>alert", html, StringComparison.OrdinalIgnoreCase);
        var handler = DangerousAttribute().Match(html);
        Assert.False(handler.Success, "An event handler attribute survived: " + handler.Value);
        var url = DangerousUrl().Match(html);
        Assert.False(url.Success, $"A javascript:, vbscript: or data: URL survived in an attribute: {url.Value}");
        Assert.DoesNotContain("<iframe", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<svg onload", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img src=x", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Payloads_in_titles_summaries_and_bodies_render_harmless_on_the_item_page_and_in_search_results()
    {
        var owner = await app.CreateOrganisationAsync();
        var browser = await app.SignInAsAsync(Role.EmployerRepresentative, owner);
        var all = string.Join("\n\n", Payloads);
        var uid = await app.CreateCaseAsync(owner, "quokkaxss " + Payloads[0] + Payloads[1], "quokkaxss\n\n" + all, summary: "quokkaxss " + Payloads[15]);

        var page = await browser.GetAsync($"/Library/Item/{uid}");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        AssertHarmless(await page.Content.ReadAsStringAsync());
        AssertHarmless(await browser.GetStringAsync("/Library?q=quokkaxss"));
        AssertHarmless(await browser.GetStringAsync("/Library?q=script+alert"));
        AssertHarmless(await browser.GetStringAsync($"/Library/History/{uid}"));
    }

    [Fact]
    public async Task Payloads_in_comments_render_harmless_once_approved()
    {
        var owner = await app.CreateOrganisationAsync();
        var uid = await app.CreateCaseAsync(owner, "Case for comments", "Body", LibraryVisibility.Public);
        var commenter = await app.SignInAsAsync(Role.WorkersRepresentative, await app.CreateOrganisationAsync());
        foreach (var payload in Payloads)
        {
            var sent = await commenter.PostFormAsync($"/Library/Item/{uid}?handler=Comment", new() { ["Form.Text"] = payload, ["Form.Endorsement"] = "true" }, $"/Library/Item/{uid}");
            Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        }

        // Pre-moderated: nobody else sees them yet.
        var anonymousBefore = await app.NewBrowser().GetStringAsync($"/Library/Item/{uid}");
        Assert.Contains("No comments yet.", anonymousBefore, StringComparison.Ordinal);
        AssertHarmless(await commenter.GetStringAsync($"/Library/Item/{uid}"));

        var ownerAdmin = await app.SignInAsAsync(Role.OrganisationAdministrator, owner);
        var queue = await ownerAdmin.GetStringAsync("/Library/Curation");
        AssertHarmless(queue);
        var ids = CommentId().Matches(queue).Select(m => m.Groups[1].Value).Distinct().ToList();
        Assert.Equal(Payloads.Length, ids.Count);
        foreach (var id in ids)
        {
            var approved = await ownerAdmin.PostFormAsync("/Library/Curation?handler=Comment", new() { ["id"] = id, ["approve"] = "true" }, "/Library/Curation");
            Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        }

        var after = await app.NewBrowser().GetStringAsync($"/Library/Item/{uid}");
        Assert.Contains("This worked for us too", after, StringComparison.Ordinal);
        Assert.DoesNotContain("No comments yet.", after, StringComparison.Ordinal);
        AssertHarmless(after);
    }

    [Fact]
    public async Task A_source_link_that_is_not_http_is_refused_when_saving()
    {
        var owner = await app.CreateOrganisationAsync();
        var browser = await app.SignInAsAsync(Role.EmployerRepresentative, owner);

        var response = await browser.PostFormAsync("/Library/Edit?kind=PracticeCase", new()
        {
            ["kind"] = "PracticeCase",
            ["Form.Language"] = "en",
            ["Form.Title"] = "A case",
            ["Form.Body"] = "Text",
            ["Form.Sources"] = "Evil | Publisher | 2020 | javascript:alert(1)",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("the link must start with http:// or https://", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await app.CountAsync(db => db.LibraryItems.Where(i => i.OwnerOrganisationId == owner.Id)));
    }

    [GeneratedRegex("""<[a-z][^>]*\son[a-z]+\s*=""", RegexOptions.IgnoreCase)]
    private static partial Regex DangerousAttribute();

    [GeneratedRegex("""<[a-z][^>]*\s(href|src|action|formaction)\s*=\s*["']?\s*(javascript|vbscript|data):""", RegexOptions.IgnoreCase)]
    private static partial Regex DangerousUrl();

    [GeneratedRegex("name=\"id\" value=\"([0-9a-f-]{36})\"")]
    private static partial Regex CommentId();
}
