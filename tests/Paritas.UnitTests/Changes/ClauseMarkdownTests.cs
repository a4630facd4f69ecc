using Paritas.Web.Features.Agreements;

namespace Paritas.UnitTests.Changes;

public sealed class ClauseMarkdownTests
{
    [Theory]
    [InlineData("[click](javascript:alert(1))")]
    [InlineData("[click](JaVaScRiPt:alert(1))")]
    [InlineData("[click](java\tscript:alert(1))")]
    [InlineData("[click](data:text/html;base64,PHNjcmlwdD4=)")]
    [InlineData("<javascript:alert(1)>")]
    [InlineData("[click](vbscript:msgbox)")]
    public void Links_with_a_scheme_outside_the_allow_list_lose_their_target(string markdown)
    {
        var html = ClauseMarkdown.ToSafeHtml(markdown);

        // Text may mention the scheme; no link target may carry it.
        var targets = System.Text.RegularExpressions.Regex.Matches(html, "href=\"([^\"]*)\"").Select(m => m.Groups[1].Value).ToList();
        Assert.All(targets, t => Assert.True(t.Length == 0 || t.StartsWith("http", StringComparison.Ordinal), t));
        Assert.DoesNotContain("script:alert", string.Concat(targets), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Raw_html_is_shown_as_text_and_never_runs()
    {
        var html = ClauseMarkdown.ToSafeHtml("Hello <script>alert(1)</script> <img src=x onerror=alert(1)>");

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Ordinary_markdown_and_web_links_survive()
    {
        var html = ClauseMarkdown.ToSafeHtml("**Within 30 days**, see [the law](https://example.org/law).\n\n1. one\n2. two");

        Assert.Contains("<strong>Within 30 days</strong>", html, StringComparison.Ordinal);
        Assert.Contains("href=\"https://example.org/law\"", html, StringComparison.Ordinal);
        Assert.Contains("<ol>", html, StringComparison.Ordinal);
    }
}
