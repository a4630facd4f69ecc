using System.Globalization;
using System.Text;
using QRCoder;

namespace Paritas.Web.Features.Surveys;

/// <summary>What the employer hands out: a CSV of tokens and links, or printable letters with a QR code each.</summary>
public static class TokenLetters
{
    public sealed record Letter(string Token, string Display, string Link, string QrSvg);

    public static IReadOnlyList<Letter> Letters(IEnumerable<string> tokens, string site)
        => [.. tokens.Select(t =>
        {
            var link = site + SurveyLinks.TokenPath(t);
            using var data = QRCodeGenerator.GenerateQrCode(link, QRCodeGenerator.ECCLevel.M);
            var svg = new SvgQRCode(data).GetGraphic(new System.Drawing.Size(160, 160), "#000000", "#ffffff", drawQuietZones: true, sizingMode: SvgQRCode.SizingMode.ViewBoxAttribute);
            return new Letter(t, SurveyTokens.Display(t), link, svg);
        })];

    public static byte[] Csv(WaveUnit unit, WaveGroup? group, IEnumerable<string> tokens, string site)
    {
        var text = new StringBuilder("unit,group,token,link\r\n");
        foreach (var t in tokens)
        {
            text.Append(CultureInfo.InvariantCulture, $"{Field(unit.Code)},{Field(group?.Code ?? "")},{SurveyTokens.Display(t)},{site}{SurveyLinks.TokenPath(t)}\r\n");
        }

        return Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(text.ToString())).ToArray();
    }

    // Quote, and neutralise a leading formula character, so a spreadsheet shows the text as text.
    public static string Field(string value)
    {
        var safe = value.Length > 0 && "=+-@\t\r".Contains(value[0], StringComparison.Ordinal) ? "'" + value : value;
        return "\"" + safe.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }
}
