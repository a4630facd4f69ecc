using Paritas.Web.Features.Agreements;

namespace Paritas.Web.Features.Changes;

/// <summary>A rule of an agreement in force, with where it comes from.</summary>
public sealed record PlannedRule(Guid RuleId, RuleSpec Spec, string Source);
