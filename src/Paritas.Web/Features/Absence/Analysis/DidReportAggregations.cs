using Paritas.Statistics.DifferenceInDifferences;

namespace Paritas.Web.Features.Absence.Analysis;

internal sealed record DidReportAggregations(AggregateEffect Simple, DynamicAggregation Dynamic, AggregateEffect Group);
