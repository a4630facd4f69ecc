namespace Paritas.Web.Features.Assessments;

/// <summary>A question with its answer options: its own, or those of the named scale.</summary>
public sealed record InstrumentQuestion(string Key, QuestionKind Kind, string? Scale, IReadOnlyDictionary<string, string> Text, IReadOnlyList<InstrumentOption>? Options)
{
    /// <summary>The options once the loader has resolved the scale.</summary>
    public IReadOnlyList<InstrumentOption> Choices { get; init; } = Options ?? [];

    public int MaximumWeight => Choices.Count == 0 ? 0 : Choices.Max(o => o.Weight);

    public InstrumentOption? Option(string? key) => Choices.FirstOrDefault(o => o.Key == key);
}
