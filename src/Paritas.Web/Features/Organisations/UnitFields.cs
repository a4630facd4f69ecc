using System.Globalization;

namespace Paritas.Web.Features.Organisations;

/// <summary>
/// The rules for a unit's own fields, shared by the forms, the API and the CSV import so that all
/// three accept and refuse the same values. Each check returns an English message (a localisation
/// key) or null; no message repeats the value.
/// </summary>
public static class UnitFields
{
    public const int MaximumCodeLength = 40;
    public const int MaximumNameLength = 200;
    public const int MaximumHeadcount = 1_000_000;

    public const string HeadcountMessage = "Enter the headcount as a whole number from 0 to 1,000,000.";
    public const string SectorMessage = "Select a sector.";
    public const string UnknownSectorMessage = "The sector must be one of: {0}.";

    public static string? CodeProblem(string? code) => code switch
    {
        null or "" => "Enter a code.",
        { Length: > MaximumCodeLength } => "The code must be 40 characters or fewer.",
        _ when code.Any(char.IsControl) => "The code may not contain line breaks or other control characters.",
        _ => null,
    };

    public static string? NameProblem(string? name) => name switch
    {
        null or "" => "Enter a name.",
        { Length: > MaximumNameLength } => "The name must be 200 characters or fewer.",
        _ when name.Any(char.IsControl) => "The name may not contain line breaks or other control characters.",
        _ => null,
    };

    public static bool IsValidHeadcount(int headcount) => headcount is >= 0 and <= MaximumHeadcount;

    /// <summary>A whole number written with digits only (no signs, separators or decimals).</summary>
    public static bool TryParseHeadcount(string? text, out int headcount)
    {
        headcount = 0;
        var trimmed = text?.Trim();
        return !string.IsNullOrEmpty(trimmed)
               && trimmed.Length <= 7
               && int.TryParse(trimmed, NumberStyles.None, CultureInfo.InvariantCulture, out headcount)
               && IsValidHeadcount(headcount);
    }

    /// <summary>Trims and treats blank as absent.</summary>
    public static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
