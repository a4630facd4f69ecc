namespace Paritas.Web.Features.Absence;

/// <summary>The coarse cause of a sickness-absence spell; nothing finer is ever kept.</summary>
public enum AbsenceCause
{
    Unknown,
    Msd,
    Psychosocial,
    Other,
}
