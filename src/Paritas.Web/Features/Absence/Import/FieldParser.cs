using System.Globalization;

namespace Paritas.Web.Features.Absence.Import;

/// <summary>Allocation-free parsing of the fields of an HR export, straight from the reader's buffer.</summary>
public static class FieldParser
{
    /// <summary>A date as its day number (<see cref="DateOnly.DayNumber"/>).</summary>
    public static bool TryDate(ReadOnlySpan<char> s, AbsenceDateFormat format, out int dayNumber)
    {
        dayNumber = 0;
        s = s.Trim();
        // Tolerate a midnight time part that some exports append ("2024-03-31 00:00:00", "2024-03-31T00:00").
        var space = s.IndexOfAny(' ', 'T');
        if (space > 0)
        {
            s = s[..space];
        }

        int year, month, day;
        if (format == AbsenceDateFormat.Iso)
        {
            if (s.Length != 10 || s[4] != '-' || s[7] != '-'
                || !Digits(s[..4], out year) || !Digits(s.Slice(5, 2), out month) || !Digits(s.Slice(8, 2), out day))
            {
                return false;
            }
        }
        else
        {
            var first = s.IndexOfAny('.', '/', '-');
            if (first is < 1 or > 2)
            {
                return false;
            }

            var separator = s[first];
            var rest = s[(first + 1)..];
            var second = rest.IndexOf(separator);
            if (second is < 1 or > 2 || rest.Length - second - 1 != 4
                || !Digits(s[..first], out day) || !Digits(rest[..second], out month) || !Digits(rest[(second + 1)..], out year))
            {
                return false;
            }
        }

        if (year is < 1900 or > 2200 || month is < 1 or > 12 || day < 1 || day > DaysInMonth(year, month))
        {
            return false;
        }

        dayNumber = DayNumber(year, month, day);
        return true;
    }

    /// <summary>
    /// <see cref="DateOnly.DayNumber"/> by arithmetic: this runs twice per row of files with
    /// millions of rows, and building a DateOnly validates what was validated already.
    /// </summary>
    public static int DayNumber(int year, int month, int day)
    {
        var y = year - 1;
        var leapDay = month > 2 && IsLeapYear(year) ? 1 : 0;
        return (y * 365) + (y / 4) - (y / 100) + (y / 400) + DaysBeforeMonth[month - 1] + leapDay + day - 1;
    }

    private static readonly int[] DaysBeforeMonth = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];

    private static bool IsLeapYear(int year) => (year & 3) == 0 && (year % 100 != 0 || year % 400 == 0);

    private static int DaysInMonth(int year, int month) => month == 2
        ? IsLeapYear(year) ? 29 : 28
        : 30 + ((month + (month >> 3)) & 1);

    /// <summary>A decimal number with a point or a comma (semicolon-separated exports use commas), optionally ending in %.</summary>
    public static bool TryNumber(ReadOnlySpan<char> s, out double value)
    {
        s = s.Trim();
        if (s.Length > 0 && s[^1] == '%')
        {
            s = s[..^1].TrimEnd();
        }

        if (s.Length is 0 or > 32)
        {
            value = 0;
            return false;
        }

        Span<char> copy = stackalloc char[s.Length];
        s.CopyTo(copy);
        copy.Replace(',', '.');
        return double.TryParse(copy, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value)
            && double.IsFinite(value);
    }

    private static bool Digits(ReadOnlySpan<char> s, out int value)
    {
        value = 0;
        if (s.IsEmpty)
        {
            return false;
        }

        foreach (var c in s)
        {
            var digit = (uint)(c - '0');
            if (digit > 9)
            {
                return false;
            }

            value = (value * 10) + (int)digit;
        }

        return true;
    }
}
