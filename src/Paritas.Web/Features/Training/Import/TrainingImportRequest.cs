using Paritas.Web.Features.Absence.Import;

namespace Paritas.Web.Features.Training.Import;

/// <summary>Who imports training hours, for which organisation and period, and how dates are written.</summary>
public sealed record TrainingImportRequest(Guid OrganisationId, Guid? UserId, string? Role, DateOnly FirstMonth, DateOnly LastMonth, AbsenceDateFormat DateFormat)
{
    public bool PeriodIsValid =>
        FirstMonth <= LastMonth && ((LastMonth.Year - FirstMonth.Year) * 12) + LastMonth.Month - FirstMonth.Month < AbsenceImportRequest.MaximumMonths;
}
