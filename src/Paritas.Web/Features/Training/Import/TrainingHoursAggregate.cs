namespace Paritas.Web.Features.Training.Import;

/// <summary>
/// One aggregated cell of an import: unit (by index), month, group (empty dimension for the total)
/// and activity (empty for all activities), with hours and distinct people trained. No identifier.
/// </summary>
public sealed record TrainingHoursAggregate(int Unit, DateOnly Month, string Dimension, string GroupCode, string Activity, double Hours, int PeopleTrained);
