namespace Paritas.Web.Features.Agreements;

/// <summary>A clause of a shipped template, with the rules it carries.</summary>
public sealed record ClauseTemplate(string Heading, string Text, IReadOnlyList<RuleSpec>? Rules = null);
