using Paritas.Web.Features.Organisations;

namespace Paritas.Web.Features.Assessments;

public sealed record ActionRow(Guid Id, string? SectionKey, string Measure, Side OwnerSide, DateOnly? DueOn, decimal? Budget, ActionStatus Status, bool Overdue, Guid Version);
