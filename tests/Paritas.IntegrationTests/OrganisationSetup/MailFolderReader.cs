using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Paritas.IntegrationTests.OrganisationSetup;

public sealed record PickedUpMail(string To, string Subject, string Body);

/// <summary>Reads the .eml files the application writes to its pickup folder, as a mail program would show them.</summary>
public static partial class MailFolderReader
{
    /// <summary>Every mail in the folder, oldest first.</summary>
    public static IReadOnlyList<PickedUpMail> All(string folder)
    {
        if (!Directory.Exists(folder))
        {
            return [];
        }

        return [.. new DirectoryInfo(folder).GetFiles("*.eml")
            .OrderBy(f => f.LastWriteTimeUtc)
            .Select(f => Parse(File.ReadAllText(f.FullName)))];
    }

    public static IReadOnlyList<PickedUpMail> To(string folder, string address)
        => [.. All(folder).Where(m => m.To.Contains(address, StringComparison.OrdinalIgnoreCase))];

    public static PickedUpMail LatestTo(string folder, string address)
    {
        var mails = To(folder, address);
        Assert.True(mails.Count > 0, $"No mail to {address} in {folder}.");
        return mails[^1];
    }

    /// <summary>The invitation link in a mail: the only https address it carries.</summary>
    public static string InvitationLink(PickedUpMail mail)
    {
        var match = Link().Match(mail.Body);
        Assert.True(match.Success, "The mail has no invitation link: " + mail.Body);
        return match.Value;
    }

    public static PickedUpMail Parse(string raw)
    {
        var split = raw.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        var headerText = split < 0 ? raw : raw[..split];
        var body = split < 0 ? "" : raw[(split + 4)..];
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        string? last = null;
        foreach (var line in headerText.Split("\r\n"))
        {
            if (line.Length > 0 && char.IsWhiteSpace(line[0]) && last is not null)
            {
                headers[last] += line.TrimStart();
                continue;
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0)
            {
                last = line[..colon].Trim();
                headers[last] = line[(colon + 1)..].Trim();
            }
        }

        var encoding = headers.GetValueOrDefault("Content-Transfer-Encoding", "7bit").ToLowerInvariant();
        var text = encoding switch
        {
            "base64" => Encoding.UTF8.GetString(Convert.FromBase64String(Regex.Replace(body, @"\s", ""))),
            "quoted-printable" => DecodeQuotedPrintable(body),
            _ => body,
        };
        return new PickedUpMail(headers.GetValueOrDefault("To", ""), DecodeWords(headers.GetValueOrDefault("Subject", "")), text.Replace("\r\n", "\n", StringComparison.Ordinal));
    }

    private static string DecodeQuotedPrintable(string text)
    {
        var bytes = new List<byte>();
        var joined = text.Replace("=\r\n", "", StringComparison.Ordinal);
        for (var i = 0; i < joined.Length; i++)
        {
            if (joined[i] == '=' && i + 2 < joined.Length && byte.TryParse(joined.AsSpan(i + 1, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var b))
            {
                bytes.Add(b);
                i += 2;
            }
            else
            {
                bytes.AddRange(Encoding.UTF8.GetBytes(joined[i].ToString()));
            }
        }

        return Encoding.UTF8.GetString([.. bytes]);
    }

    private static string DecodeWords(string header) => EncodedWord().Replace(header, m =>
    {
        var payload = m.Groups["text"].Value;
        return m.Groups["kind"].Value.Equals("B", StringComparison.OrdinalIgnoreCase)
            ? Encoding.UTF8.GetString(Convert.FromBase64String(payload))
            : DecodeQuotedPrintable(payload.Replace('_', ' '));
    }).Replace("?= =?", "", StringComparison.Ordinal);

    [GeneratedRegex(@"=\?utf-8\?(?<kind>[BQ])\?(?<text>[^?]*)\?=\s*", RegexOptions.IgnoreCase)]
    private static partial Regex EncodedWord();

    [GeneratedRegex(@"https://[^\s]+")]
    private static partial Regex Link();
}
