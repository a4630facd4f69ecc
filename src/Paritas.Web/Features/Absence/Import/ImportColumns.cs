namespace Paritas.Web.Features.Absence.Import;

/// <summary>The canonical column names of the two files and how a file's header is matched to them.</summary>
public static class ImportColumns
{
    public const string EmployeeId = "employee_id";
    public const string UnitCode = "unit_code";
    public const string StartDate = "start_date";
    public const string EndDate = "end_date";
    public const string Cause = "cause";
    public const string Degree = "degree";
    public const string Fte = "fte";
    public const string Gender = "gender";
    public const string AgeBand = "age_band";
    public const string OccupationalGroup = "occupational_group";
    public const string ContractType = "contract_type";
    public const string Date = "date";
    public const string Hours = "hours";
    public const string Activity = "activity";

    public static readonly string[] SpellsRequired = [EmployeeId, UnitCode, StartDate, EndDate];
    public static readonly string[] SpellsOptional = [Cause, Degree];
    public static readonly string[] WorkforceRequired = [EmployeeId, UnitCode, StartDate, EndDate, Fte];
    public static readonly string[] WorkforceOptional = [Gender, AgeBand, OccupationalGroup, ContractType];

    /// <summary>Training hours: the group columns are optional and, when present, give each row's groups.</summary>
    public static readonly string[] TrainingRequired = [EmployeeId, UnitCode, Date, Hours];
    public static readonly string[] TrainingOptional = [Activity, Fte, Gender, AgeBand, OccupationalGroup, ContractType];

    public static IEnumerable<string> All(ImportFile file) => file switch
    {
        ImportFile.Spells => SpellsRequired.Concat(SpellsOptional),
        ImportFile.TrainingHours => TrainingRequired.Concat(TrainingOptional),
        _ => WorkforceRequired.Concat(WorkforceOptional),
    };

    /// <summary>"Start date", "START-DATE" and " start_date " are the same header.</summary>
    public static string Normalise(string header) =>
        header.Trim().Trim('\uFEFF').ToLowerInvariant().Replace(' ', '_').Replace('-', '_');

    /// <summary>Canonical name → field ordinal, through the organisation's saved mapping first, then the canonical names.</summary>
    public static Dictionary<string, int> Resolve(IReadOnlyList<string> headers, IReadOnlyDictionary<string, string> mapping)
    {
        var ordinals = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < headers.Count; i++)
        {
            var normalised = Normalise(headers[i]);
            var canonical = mapping.TryGetValue(normalised, out var mapped) ? mapped : normalised;
            ordinals.TryAdd(canonical, i);
        }

        return ordinals;
    }
}
