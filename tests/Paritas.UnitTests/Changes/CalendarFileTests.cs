using System.Text;
using Paritas.Web.Features.Changes;

namespace Paritas.UnitTests.Changes;

public sealed class CalendarFileTests
{
    private static readonly DateTimeOffset Stamp = new(2026, 11, 23, 8, 30, 0, TimeSpan.Zero);

    [Fact]
    public void Text_values_escape_backslash_semicolon_comma_and_line_breaks()
        => Assert.Equal("a\\\\b\\;c\\,d\\ne\\nf", CalendarFile.Escape("a\\b;c,d\r\ne\nf"));

    [Fact]
    public void Long_lines_fold_at_75_octets_without_splitting_a_character()
    {
        var summary = string.Concat(Enumerable.Repeat("ø€😀", 40));
        var text = CalendarFile.Write("Test", [new CalendarEvent("u1@paritas", new DateOnly(2027, 1, 5), summary, null, "https://example.org/x")], Stamp);

        var lines = text.Split("\r\n")[..^1];
        Assert.All(lines, l => Assert.InRange(Encoding.UTF8.GetByteCount(l), 1, 75));
        Assert.DoesNotContain('\uFFFD', text);
        Assert.Contains("SUMMARY:" + summary, text.Replace("\r\n ", "", StringComparison.Ordinal).Split("\r\n"));
    }

    [Fact]
    public void An_event_has_uid_stamp_whole_day_start_summary_and_url()
    {
        var text = CalendarFile.Write("Changes", [new CalendarEvent("golive-1@paritas", new DateOnly(2027, 3, 9), "Go-live", "Two\nlines", "https://example.org/c")], Stamp);
        var lines = text.Split("\r\n");

        Assert.Equal(["BEGIN:VCALENDAR", "VERSION:2.0"], lines[..2]);
        Assert.Contains("UID:golive-1@paritas", lines);
        Assert.Contains("DTSTAMP:20261123T083000Z", lines);
        Assert.Contains("DTSTART;VALUE=DATE:20270309", lines);
        Assert.Contains("DESCRIPTION:Two\\nlines", lines);
        Assert.Contains("URL:https://example.org/c", lines);
        Assert.EndsWith("END:VEVENT\r\nEND:VCALENDAR\r\n", text, StringComparison.Ordinal);
    }
}
