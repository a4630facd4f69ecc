using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace Paritas.BrowserTests.Harness;

/// <summary>
/// One .eml file from the application's mail pickup directory, decoded just enough to read it
/// as a person would: headers (with RFC 2047 encoded words), text and HTML bodies through
/// quoted-printable or base64, multipart nesting, and the links in them.
/// </summary>
public sealed partial class ReceivedMail
{
    private readonly Dictionary<string, string> headers;

    private ReceivedMail(string path, Dictionary<string, string> headers, string? textBody, string? htmlBody)
    {
        Path = path;
        this.headers = headers;
        TextBody = textBody;
        HtmlBody = htmlBody;
    }

    public string Path { get; }

    public string Subject => Header("Subject") ?? "";

    public string To => Header("To") ?? "";

    public string From => Header("From") ?? "";

    /// <summary>The first text/plain part, decoded.</summary>
    public string? TextBody { get; }

    /// <summary>The first text/html part, decoded.</summary>
    public string? HtmlBody { get; }

    /// <summary>Every http(s) link, those of the plain-text body first, then the HTML body's hrefs.</summary>
    public IReadOnlyList<Uri> Links
    {
        get
        {
            var links = new List<Uri>();
            if (TextBody is not null)
            {
                links.AddRange(TextLinks(TextBody));
            }

            if (HtmlBody is not null)
            {
                links.AddRange(HtmlLinks(HtmlBody));
            }

            return links.Distinct().ToList();
        }
    }

    /// <summary>The first link in the mail; fails if it has none.</summary>
    public Uri FirstLink => Links.Count > 0
        ? Links[0]
        : throw new InvalidOperationException($"The mail '{Subject}' to {To} ({Path}) contains no link.\n{TextBody ?? HtmlBody}");

    public string? Header(string name) => headers.TryGetValue(name, out var value) ? value : null;

    public static ReceivedMail Read(string path)
    {
        // Latin-1 maps every byte to one char, so 8-bit bodies survive until their charset is known.
        var raw = File.ReadAllText(path, Encoding.Latin1);
        var (headers, body) = SplitEntity(raw);
        string? text = null;
        string? html = null;
        CollectBodies(headers, body, ref text, ref html);
        var decodedHeaders = headers.ToDictionary(h => h.Key, h => DecodeEncodedWords(h.Value), StringComparer.OrdinalIgnoreCase);
        return new ReceivedMail(path, decodedHeaders, text, html);
    }

    private static (Dictionary<string, string> Headers, string Body) SplitEntity(string entity)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var lines = entity.Split('\n');
        string? name = null;
        var value = new StringBuilder();
        var index = 0;
        for (; index < lines.Length; index++)
        {
            var line = lines[index].TrimEnd('\r');
            if (line.Length == 0)
            {
                index++;
                break;
            }

            if ((line[0] == ' ' || line[0] == '\t') && name is not null)
            {
                value.Append(' ').Append(line.Trim());
                continue;
            }

            Store();
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                name = null;
                continue;
            }

            name = line[..colon].Trim();
            value.Clear().Append(line[(colon + 1)..].Trim());
        }

        Store();
        return (headers, string.Join('\n', lines.Skip(index)));

        void Store()
        {
            // The first occurrence wins, as for Subject and To a mail has only one.
            if (name is not null)
            {
                headers.TryAdd(name, value.ToString());
            }
        }
    }

    private static void CollectBodies(Dictionary<string, string> headers, string body, ref string? text, ref string? html)
    {
        var contentType = headers.GetValueOrDefault("Content-Type") ?? "text/plain; charset=us-ascii";
        var mediaType = contentType.Split(';')[0].Trim().ToLowerInvariant();
        if (mediaType.StartsWith("multipart/", StringComparison.Ordinal))
        {
            var boundary = Parameter(contentType, "boundary")
                ?? throw new FormatException($"A {mediaType} entity has no boundary.");
            foreach (var part in SplitMultipart(body, boundary))
            {
                var (partHeaders, partBody) = SplitEntity(part);
                CollectBodies(partHeaders, partBody, ref text, ref html);
            }

            return;
        }

        if (mediaType is not ("text/plain" or "text/html"))
        {
            return;
        }

        var bytes = DecodeTransfer(headers.GetValueOrDefault("Content-Transfer-Encoding"), body);
        var decoded = CharsetEncoding(Parameter(contentType, "charset")).GetString(bytes);
        if (mediaType == "text/plain")
        {
            text ??= decoded;
        }
        else
        {
            html ??= decoded;
        }
    }

    private static IEnumerable<string> SplitMultipart(string body, string boundary)
    {
        var delimiter = "--" + boundary;
        StringBuilder? current = null;
        foreach (var rawLine in body.Split('\n'))
        {
            var line = rawLine.TrimEnd('\r');
            if (line == delimiter + "--")
            {
                break;
            }

            if (line == delimiter)
            {
                if (current is not null)
                {
                    yield return current.ToString();
                }

                current = new StringBuilder();
                continue;
            }

            current?.Append(line).Append('\n');
        }

        if (current is not null)
        {
            yield return current.ToString();
        }
    }

    private static byte[] DecodeTransfer(string? transferEncoding, string body)
    {
        switch (transferEncoding?.Trim().ToLowerInvariant())
        {
            case "base64":
                return Convert.FromBase64String(WhitespaceRegex().Replace(body, ""));
            case "quoted-printable":
                return DecodeQuotedPrintable(body);
            default:
                return Encoding.Latin1.GetBytes(TrimTrailingLineBreak(body.Replace("\r\n", "\n", StringComparison.Ordinal)));
        }
    }

    private static string TrimTrailingLineBreak(string body) => body.EndsWith('\n') ? body[..^1] : body;

    private static byte[] DecodeQuotedPrintable(string body)
    {
        var input = TrimTrailingLineBreak(body.Replace("\r\n", "\n", StringComparison.Ordinal));
        var bytes = new List<byte>(input.Length);
        for (var i = 0; i < input.Length; i++)
        {
            var c = input[i];
            if (c != '=')
            {
                bytes.Add((byte)c);
                continue;
            }

            if (i + 1 < input.Length && input[i + 1] == '\n')
            {
                i++; // soft line break
                continue;
            }

            if (i + 2 < input.Length && Uri.IsHexDigit(input[i + 1]) && Uri.IsHexDigit(input[i + 2]))
            {
                bytes.Add(Convert.ToByte(input.Substring(i + 1, 2), 16));
                i += 2;
                continue;
            }

            bytes.Add((byte)c);
        }

        return [.. bytes];
    }

    private static Encoding CharsetEncoding(string? charset)
    {
        if (string.IsNullOrEmpty(charset))
        {
            return Encoding.UTF8;
        }

        try
        {
            return Encoding.GetEncoding(charset);
        }
        catch (ArgumentException)
        {
            return Encoding.UTF8;
        }
    }

    private static string? Parameter(string headerValue, string name)
    {
        var match = Regex.Match(headerValue, $@";\s*{Regex.Escape(name)}\s*=\s*(?:""([^""]*)""|([^;\s]+))", RegexOptions.IgnoreCase);
        return match.Success ? (match.Groups[1].Success ? match.Groups[1].Value : match.Groups[2].Value) : null;
    }

    private static string DecodeEncodedWords(string value)
    {
        // RFC 2047 §6.2: whitespace between two adjacent encoded words is not part of the text.
        var joined = AdjacentEncodedWordsRegex().Replace(value, "?==?");
        return EncodedWordRegex().Replace(joined, match =>
        {
            var encoding = CharsetEncoding(match.Groups["charset"].Value);
            var payload = match.Groups["text"].Value;
            var bytes = match.Groups["kind"].Value.Equals("B", StringComparison.OrdinalIgnoreCase)
                ? Convert.FromBase64String(payload)
                : DecodeQuotedPrintable(payload.Replace('_', ' '));
            return encoding.GetString(bytes);
        });
    }

    private static IEnumerable<Uri> TextLinks(string text)
    {
        foreach (Match match in TextLinkRegex().Matches(text))
        {
            var candidate = match.Value.TrimEnd('.', ',', ';', ':', '!', '?', ')', ']', '\'', '"');
            if (Uri.TryCreate(candidate, UriKind.Absolute, out var uri))
            {
                yield return uri;
            }
        }
    }

    private static IEnumerable<Uri> HtmlLinks(string html)
    {
        foreach (Match match in HrefRegex().Matches(html))
        {
            var href = WebUtility.HtmlDecode(match.Groups["url"].Value).Trim();
            if (Uri.TryCreate(href, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps))
            {
                yield return uri;
            }
        }
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhitespaceRegex();

    [GeneratedRegex(@"\?=\s+=\?")]
    private static partial Regex AdjacentEncodedWordsRegex();

    [GeneratedRegex(@"=\?(?<charset>[^?*]+)(?:\*[^?]*)?\?(?<kind>[BbQq])\?(?<text>[^?]*)\?=")]
    private static partial Regex EncodedWordRegex();

    [GeneratedRegex(@"https?://[^\s<>""']+", RegexOptions.IgnoreCase)]
    private static partial Regex TextLinkRegex();

    [GeneratedRegex(@"href\s*=\s*(?:""(?<url>[^""]*)""|'(?<url>[^']*)')", RegexOptions.IgnoreCase)]
    private static partial Regex HrefRegex();
}
