namespace Paritas.Web.Features.Absence;

public enum AbsenceMappingKind
{
    SpellsColumn,
    WorkforceColumn,
    Cause,
}
