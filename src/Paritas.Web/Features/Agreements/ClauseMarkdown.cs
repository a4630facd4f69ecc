using Ganss.Xss;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Paritas.Web.Features.Agreements;

/// <summary>
/// Clause text is Markdown written by people: it is rendered with raw HTML disabled, links with a
/// scheme outside the allow-list are emptied, and the result goes through an HTML sanitiser.
/// Markdig alone still emits <c>javascript:</c> links, so no single step is trusted on its own.
/// </summary>
public static class ClauseMarkdown
{
    private static readonly string[] AllowedSchemes = ["http", "https", "mailto"];

    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().DisableHtml().UseSoftlineBreakAsHardlineBreak().Build();

    private static readonly HtmlSanitizer Sanitizer = CreateSanitizer();

    public static string ToSafeHtml(string? markdown)
    {
        var document = Markdown.Parse(markdown ?? "", Pipeline);
        foreach (var link in document.Descendants<LinkInline>())
        {
            if (!IsAllowed(link.Url))
            {
                link.Url = "";
            }
        }

        foreach (var autolink in document.Descendants<AutolinkInline>())
        {
            if (!IsAllowed(autolink.Url))
            {
                autolink.Url = "";
            }
        }

        using var writer = new StringWriter();
        var renderer = new Markdig.Renderers.HtmlRenderer(writer);
        Pipeline.Setup(renderer);
        renderer.Render(document);
        writer.Flush();
        return Sanitizer.Sanitize(writer.ToString());
    }

    /// <summary>Relative links and the allow-listed schemes only; anything else (javascript:, data:, vbscript:) is dropped.</summary>
    public static bool IsAllowed(string? url)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return true;
        }

        // Browsers ignore control characters and spaces inside a scheme ("java\tscript:"), so strip them before looking.
        var compact = new string([.. url.Where(c => !char.IsControl(c) && !char.IsWhiteSpace(c))]);
        var colon = compact.IndexOf(':', StringComparison.Ordinal);
        var firstSeparator = compact.IndexOfAny(['/', '?', '#']);
        if (colon < 0 || (firstSeparator >= 0 && firstSeparator < colon))
        {
            return true;
        }

        var scheme = compact[..colon];
        return AllowedSchemes.Contains(scheme, StringComparer.OrdinalIgnoreCase);
    }

    private static HtmlSanitizer CreateSanitizer()
    {
        var sanitizer = new HtmlSanitizer();
        sanitizer.AllowedSchemes.Clear();
        foreach (var scheme in AllowedSchemes)
        {
            sanitizer.AllowedSchemes.Add(scheme);
        }

        sanitizer.AllowedAttributes.Remove("style");
        sanitizer.AllowedAttributes.Remove("class");
        sanitizer.AllowedTags.Remove("img");
        return sanitizer;
    }
}
