namespace Paritas.Web.Features.Surveys;

/// <summary>While a wave is open: responses so far in a unit's subtree, rounded down to a multiple of K.</summary>
public sealed record OpenCount(string UnitCode, int AtLeast);
