namespace Paritas.Web.Features.Absence;

public enum AbsenceMappingKind
{
    SpellsColumn,
    WorkforceColumn,
    Cause,

    /// <summary>A column of the training hours file (the training feature shares the saved mappings).</summary>
    TrainingColumn,
}
