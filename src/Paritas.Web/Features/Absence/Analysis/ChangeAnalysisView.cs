namespace Paritas.Web.Features.Absence.Analysis;

/// <summary>What the analysis section of the change page renders; no result when the reader may not see absence figures.</summary>
public sealed record ChangeAnalysisView(bool Allowed, ChangeAnalysisResult? Result);
