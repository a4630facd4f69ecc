using Microsoft.Extensions.Localization;

namespace Paritas.Web.Features.Organisations;

/// <summary>
/// One thing wrong with an import file: the line (1 is the header; null for the whole file), the
/// column as named in the file, and the reason as a localisation key with its arguments. It never
/// carries a value from the file.
/// </summary>
public sealed record UnitImportProblem(int? Line, string? Column, string Reason, IReadOnlyList<object> Arguments)
{
    public UnitImportProblem(int? line, string? column, string reason)
        : this(line, column, reason, [])
    {
    }

    public string Message(IStringLocalizer localizer) => localizer[Reason, [.. Arguments]];
}
