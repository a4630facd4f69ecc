namespace Paritas.Web.Features.Surveys;

public sealed record InstrumentOptionSet(string Id, IReadOnlyList<InstrumentOption> Options)
{
    public InstrumentOption? Option(int value) => Options.FirstOrDefault(o => o.Value == value);

    /// <summary>Every option scores 0 or 100: the item's mean is a prevalence.</summary>
    public bool IsBinary => Options.Where(o => o.Score is not null).All(o => o.Score is 0 or 100) && Options.Any(o => o.Score is not null);
}
