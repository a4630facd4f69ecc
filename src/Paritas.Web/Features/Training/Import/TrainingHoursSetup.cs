using Paritas.Web.Features.Absence.Import;

namespace Paritas.Web.Features.Training.Import;

/// <summary>Everything a training-hours import needs besides the file: the declared period, the date format, units, dimensions and saved column names.</summary>
public sealed record TrainingHoursSetup(
    DateOnly FirstMonth,
    DateOnly LastMonth,
    AbsenceDateFormat DateFormat,
    IReadOnlyList<string> UnitCodes,
    IReadOnlyList<DimensionSpec> Dimensions,
    IReadOnlyDictionary<string, string> Columns);
