namespace Paritas.Web.Features.Training;

/// <summary>
/// The seam through which other features suggest training needs: the surveys feature implements
/// it from results the disclosure guard released and registers it as a scoped service. Suggestions
/// are never stored until a representative records them as a need.
/// </summary>
public interface ITrainingNeedSource
{
    Task<IReadOnlyList<TrainingNeedSuggestion>> SuggestAsync(Guid changeId, CancellationToken ct);
}
