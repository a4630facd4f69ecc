namespace Paritas.Web.Features.Absence.Import;

public enum ImportFile
{
    Spells,
    Workforce,
}
