namespace Paritas.Web.Features.Training;

/// <summary>A need another feature suggests for a change (e.g. surveys, from the guarded "adequacy of training" items).</summary>
public sealed record TrainingNeedSuggestion(string Dimension, string GroupCode, string Description, string Basis);
