using System.Globalization;
using System.Text;

namespace Paritas.Web.Features.Changes;

/// <summary>Writes an iCalendar file (RFC 5545): CRLF line ends, lines folded at 75 octets, text escaped.</summary>
public static class CalendarFile
{
    public const string MediaType = "text/calendar";
    private const int MaximumOctets = 75;

    public static string Write(string name, IEnumerable<CalendarEvent> events, DateTimeOffset stamp)
    {
        var text = new StringBuilder();
        Line(text, "BEGIN:VCALENDAR");
        Line(text, "VERSION:2.0");
        Line(text, "PRODID:-//Paritas//Digital changes//EN");
        Line(text, "CALSCALE:GREGORIAN");
        Line(text, "METHOD:PUBLISH");
        Line(text, "X-WR-CALNAME:" + Escape(name));
        var dtstamp = stamp.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
        foreach (var e in events)
        {
            Line(text, "BEGIN:VEVENT");
            Line(text, "UID:" + Escape(e.Uid));
            Line(text, "DTSTAMP:" + dtstamp);
            // A date without a time is a whole-day event; without DTEND it lasts that one day.
            Line(text, "DTSTART;VALUE=DATE:" + e.Date.ToString("yyyyMMdd", CultureInfo.InvariantCulture));
            Line(text, "SUMMARY:" + Escape(e.Summary));
            if (!string.IsNullOrEmpty(e.Description))
            {
                Line(text, "DESCRIPTION:" + Escape(e.Description));
            }

            Line(text, "URL:" + e.Url);
            Line(text, "END:VEVENT");
        }

        Line(text, "END:VCALENDAR");
        return text.ToString();
    }

    /// <summary>TEXT values escape backslash, semicolon and comma, and write line breaks as \n.</summary>
    public static string Escape(string value) => value
        .Replace("\\", "\\\\", StringComparison.Ordinal)
        .Replace(";", "\\;", StringComparison.Ordinal)
        .Replace(",", "\\,", StringComparison.Ordinal)
        .Replace("\r\n", "\\n", StringComparison.Ordinal)
        .Replace("\n", "\\n", StringComparison.Ordinal)
        .Replace("\r", "\\n", StringComparison.Ordinal);

    /// <summary>
    /// Appends a content line folded so no physical line exceeds 75 octets of UTF-8; a continuation
    /// starts with one space, and a character is never split across lines.
    /// </summary>
    private static void Line(StringBuilder text, string line)
    {
        var octets = 0;
        var i = 0;
        while (i < line.Length)
        {
            var length = char.IsHighSurrogate(line[i]) && i + 1 < line.Length ? 2 : 1;
            var size = Encoding.UTF8.GetByteCount(line.AsSpan(i, length));
            if (octets + size > MaximumOctets)
            {
                text.Append("\r\n ");
                // The leading space of a continuation line counts towards its 75 octets.
                octets = 1;
            }

            text.Append(line, i, length);
            octets += size;
            i += length;
        }

        text.Append("\r\n");
    }
}
