namespace Paritas.Web.Features.Absence.Import;

/// <summary>Why a row or a file was refused. Each has its own message; none carries the value that was wrong.</summary>
public enum ImportProblemReason
{
    MissingColumn,
    UnreadableFile,
    EmptyFile,
    MissingEmployeeId,
    UnknownUnit,
    BadDate,
    EndBeforeStart,
    BadDegree,
    BadFte,
    UnknownCause,
    SpellOutsideEmployment,
    OverlappingSpells,
    OverlappingEmployments,
    BadHours,
    BadActivity,
    OutsidePeriod,
}
