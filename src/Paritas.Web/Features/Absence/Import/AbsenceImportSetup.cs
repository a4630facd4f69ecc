namespace Paritas.Web.Features.Absence.Import;

/// <summary>
/// Everything an import needs besides the two files: the declared period, how dates are
/// written, what to do with bad rows, and the organisation's units, dimensions and mappings.
/// </summary>
public sealed record AbsenceImportSetup(
    DateOnly FirstMonth,
    DateOnly LastMonth,
    AbsenceDateFormat DateFormat,
    bool AcceptGoodRows,
    IReadOnlyList<string> UnitCodes,
    IReadOnlyList<DimensionSpec> Dimensions,
    IReadOnlyDictionary<string, string> SpellsColumns,
    IReadOnlyDictionary<string, string> WorkforceColumns,
    IReadOnlyDictionary<string, AbsenceCause> Causes)
{
    public static AbsenceImportSetup Simple(DateOnly firstMonth, DateOnly lastMonth, IReadOnlyList<string> unitCodes, IReadOnlyList<DimensionSpec>? dimensions = null, AbsenceDateFormat dateFormat = AbsenceDateFormat.Iso, bool acceptGoodRows = false)
        => new(firstMonth, lastMonth, dateFormat, acceptGoodRows, unitCodes, dimensions ?? [],
            new Dictionary<string, string>(), new Dictionary<string, string>(), new Dictionary<string, AbsenceCause>());
}
