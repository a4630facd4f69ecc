namespace Paritas.Web.Features.Surveys;

/// <summary>What a wave's results report on: a scale, or a choice item on its own.</summary>
public sealed record WaveMeasure(string Key, string Id, bool IsScale, bool IsPrevalence, bool IsScored, LocalText Title, InstrumentOptionSet? Options)
{
    public static IReadOnlyList<WaveMeasure> Of(Instrument instrument) =>
    [
        .. instrument.Scales.Select(s => new WaveMeasure("scale:" + s.Id, s.Id, true, s.Rule == ScaleRule.Any, true, s.Title, null)),
        .. instrument.Items.Where(i => i.Type == ItemType.Choice).Select(i =>
        {
            var options = instrument.OptionSet(i.OptionSet);
            return new WaveMeasure("item:" + i.Id, i.Id, false, options?.IsBinary == true, options?.Options.Any(o => o.Score is not null) == true, i.Text, options);
        }),
    ];

    public (double? Score, int? Option) Of(Instrument instrument, AnswerSheet sheet)
    {
        if (IsScale)
        {
            return (SurveyScoring.ScaleScore(instrument, instrument.Scales.First(s => s.Id == Id), sheet), null);
        }

        var item = instrument.Items.First(i => i.Id == Id);
        return sheet.Choices.TryGetValue(Id, out var value) && Options?.Option(value) is not null
            ? (SurveyScoring.ItemScore(instrument, item, sheet), value)
            : (null, null);
    }
}
