namespace Paritas.Web.Features.Absence.Import;

/// <summary>How the HR system writes dates: ISO 8601 (2024-03-31) or day first (31.03.2024, 31/03/2024, 31-03-2024).</summary>
public enum AbsenceDateFormat
{
    Iso,
    DayFirst,
}
