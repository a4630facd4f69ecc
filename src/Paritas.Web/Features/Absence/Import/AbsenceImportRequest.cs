namespace Paritas.Web.Features.Absence.Import;

/// <summary>Who imports, for which organisation and period, and how the files are written.</summary>
public sealed record AbsenceImportRequest(
    Guid OrganisationId,
    Guid? UserId,
    string? Role,
    DateOnly FirstMonth,
    DateOnly LastMonth,
    AbsenceDateFormat DateFormat,
    bool AcceptGoodRows)
{
    /// <summary>Ten years at most: memory per employee grows with the period's days.</summary>
    public const int MaximumMonths = 120;

    public bool PeriodIsValid =>
        FirstMonth <= LastMonth && ((LastMonth.Year - FirstMonth.Year) * 12) + LastMonth.Month - FirstMonth.Month < MaximumMonths;
}
