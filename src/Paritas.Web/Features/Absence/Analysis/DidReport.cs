using Paritas.Statistics.DifferenceInDifferences;

namespace Paritas.Web.Features.Absence.Analysis;

/// <summary>The JSON printed by <c>analyze did</c> (snake_case names).</summary>
internal sealed record DidReport(string Control, IReadOnlyList<GroupTimeEffect> AttGt, DidReportAggregations Aggregations);
