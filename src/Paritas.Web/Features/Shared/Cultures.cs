using System.Globalization;

namespace Paritas.Web.Features.Shared;

public static class Cultures
{
    public const string Default = "en";

    public static readonly string[] Supported = ["en", "fr", "de", "es", "sv", "it", "nl", "nb", "da"];

    public static IReadOnlyList<CultureInfo> All { get; } = [.. Supported.Select(CultureInfo.GetCultureInfo)];

    public static bool IsSupported(string? name) => name is not null && Supported.Contains(name, StringComparer.OrdinalIgnoreCase);

    /// <summary>Each language named in itself, for the switcher.</summary>
    public static string NativeName(string name) => name switch
    {
        "en" => "English",
        "fr" => "Français",
        "de" => "Deutsch",
        "es" => "Español",
        "sv" => "Svenska",
        "it" => "Italiano",
        "nl" => "Nederlands",
        "nb" => "Norsk bokmål",
        "da" => "Dansk",
        _ => name,
    };
}
