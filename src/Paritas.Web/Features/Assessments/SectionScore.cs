namespace Paritas.Web.Features.Assessments;

/// <summary>One section's part of a score: raw impact, what mitigation takes off (never below zero), and the greatest possible impact.</summary>
public sealed record SectionScore(string SectionKey, int Raw, int Mitigation, int Net, int Maximum, int Answered, int Questions);
