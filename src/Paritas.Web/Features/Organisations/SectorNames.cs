namespace Paritas.Web.Features.Organisations;

/// <summary>
/// A sector's English name (also its localisation key) and its code in files and the API.
/// Codes are snake_case so HR exports and scripts need not know the C# names.
/// </summary>
public static class SectorNames
{
    public static IReadOnlyList<Sector> All { get; } = Enum.GetValues<Sector>();

    public static string Of(Sector sector) => sector switch
    {
        Sector.Administration => "Administration",
        Sector.HealthAndSocialCare => "Health and social care",
        Sector.EducationAndCulture => "Education and culture",
        Sector.Utilities => "Utilities",
        Sector.EmergencyServices => "Emergency services",
        Sector.Other => "Other",
        _ => sector.ToString(),
    };

    public static string CodeOf(Sector sector) => sector switch
    {
        Sector.Administration => "administration",
        Sector.HealthAndSocialCare => "health_and_social_care",
        Sector.EducationAndCulture => "education_and_culture",
        Sector.Utilities => "utilities",
        Sector.EmergencyServices => "emergency_services",
        Sector.Other => "other",
        _ => sector.ToString(),
    };

    /// <summary>The codes, as a list a person can read in an error message.</summary>
    public static string CodeList { get; } = string.Join(", ", All.Select(CodeOf));

    public static Sector? Find(string? value) => TryParse(value, out var sector) ? sector : null;

    /// <summary>Accepts the enum name in any case, and the snake_case or kebab-case code.</summary>
    public static bool TryParse(string? value, out Sector sector)
    {
        sector = default;
        if (string.IsNullOrWhiteSpace(value))
        {
            return false;
        }

        var compact = value.Trim().Replace("_", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        // Enum.TryParse also takes numbers and comma lists; a sector is one named value only.
        if (compact.Length == 0 || !compact.All(char.IsAsciiLetter))
        {
            return false;
        }

        return Enum.TryParse(compact, ignoreCase: true, out sector) && Enum.IsDefined(sector);
    }
}
