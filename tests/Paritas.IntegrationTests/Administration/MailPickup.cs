using System.Text;
using System.Text.RegularExpressions;

namespace Paritas.IntegrationTests.Administration;

/// <summary>Reads the .eml files the application wrote to the pickup folder, with their bodies decoded.</summary>
public static partial class MailPickup
{
    public static IReadOnlyList<PickedUpMail> Read(string folder)
    {
        if (!Directory.Exists(folder))
        {
            return [];
        }

        return [.. Directory.GetFiles(folder, "*.eml").Select(f => Parse(File.ReadAllText(f)))];
    }

    private static PickedUpMail Parse(string eml)
    {
        var split = eml.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        var headers = eml[..split];
        var body = eml[(split + 4)..];
        var unfolded = headers.Replace("\r\n ", " ", StringComparison.Ordinal).Replace("\r\n\t", " ", StringComparison.Ordinal);
        var to = Header(unfolded, "To");
        var encoding = Header(unfolded, "Content-Transfer-Encoding").ToLowerInvariant();
        var text = encoding switch
        {
            "base64" => Encoding.UTF8.GetString(Convert.FromBase64String(string.Concat(body.Split("\r\n", StringSplitOptions.RemoveEmptyEntries)))),
            "quoted-printable" => DecodeQuotedPrintable(body),
            _ => body,
        };
        return new PickedUpMail(to, text);
    }

    private static string Header(string headers, string name)
        => headers.Split("\r\n").FirstOrDefault(h => h.StartsWith(name + ":", StringComparison.OrdinalIgnoreCase))?[(name.Length + 1)..].Trim() ?? "";

    private static string DecodeQuotedPrintable(string body)
    {
        var joined = body.Replace("=\r\n", "", StringComparison.Ordinal);
        var bytes = new List<byte>();
        for (var i = 0; i < joined.Length; i++)
        {
            if (joined[i] == '=' && i + 2 < joined.Length && Uri.IsHexDigit(joined[i + 1]) && Uri.IsHexDigit(joined[i + 2]))
            {
                bytes.Add(Convert.ToByte(joined.Substring(i + 1, 2), 16));
                i += 2;
            }
            else
            {
                bytes.AddRange(Encoding.UTF8.GetBytes(joined[i].ToString()));
            }
        }

        return Encoding.UTF8.GetString([.. bytes]);
    }

    public static string LinkIn(PickedUpMail mail)
    {
        var match = InvitationLink().Match(mail.Body);
        Assert.True(match.Success, "No invitation link in the mail: " + mail.Body);
        return match.Value;
    }

    [GeneratedRegex(@"https://[^\s/]+/Account/AcceptInvitation\?code=[A-Za-z0-9_%-]+")]
    private static partial Regex InvitationLink();
}

public sealed record PickedUpMail(string To, string Body);
