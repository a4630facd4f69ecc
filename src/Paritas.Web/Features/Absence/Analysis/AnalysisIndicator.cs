namespace Paritas.Web.Features.Absence.Analysis;

/// <summary>An indicator analysed around a change's go-live: a count with available days as exposure.</summary>
public enum AnalysisIndicator
{
    /// <summary>Days lost per available day.</summary>
    AbsenceRate,

    /// <summary>Musculoskeletal spells started, shown per 100 FTE-years.</summary>
    MsdIncidence,

    /// <summary>Psychosocial spells started, shown per 100 FTE-years.</summary>
    PsychosocialIncidence,
}
