namespace Paritas.Web.Features.Organisations;

/// <summary>How set-up input is read: names and codes are trimmed, enum values taken by name only.</summary>
public static class SetupText
{
    public static string Clean(string? text) => (text ?? "").Trim();

    public static bool HasControlCharacters(string text) => text.Any(char.IsControl);

    /// <summary>Accepts the name of a value ("Workers", "workers"), never a number, so "7" is not a side.</summary>
    public static bool TryParse<T>(string? text, out T value)
        where T : struct, Enum
    {
        value = default;
        var clean = Clean(text);
        return clean.Length > 0 && !char.IsAsciiDigit(clean[0]) && clean[0] != '-'
            && Enum.TryParse(clean, ignoreCase: true, out value) && Enum.IsDefined(value);
    }
}
