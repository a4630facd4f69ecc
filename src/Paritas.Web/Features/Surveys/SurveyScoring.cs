namespace Paritas.Web.Features.Surveys;

/// <summary>
/// Scores one answer sheet: each choice item 0–100 (reversed where the instrument says so), each
/// scale by its rule. A scale score exists only when enough of its items are answered.
/// </summary>
public static class SurveyScoring
{
    public static double? ItemScore(Instrument instrument, InstrumentItem item, AnswerSheet sheet)
    {
        if (!sheet.Choices.TryGetValue(item.Id, out var value) || instrument.OptionSet(item.OptionSet)?.Option(value) is not { Score: { } score })
        {
            return null;
        }

        return item.Reverse ? 100 - score : score;
    }

    public static double? ScaleScore(Instrument instrument, InstrumentScale scale, AnswerSheet sheet)
    {
        var items = instrument.ItemsOf(scale).ToList();
        var scores = items.Select(i => ItemScore(instrument, i, sheet)).OfType<double>().ToList();
        if (scores.Count == 0)
        {
            return null;
        }

        return scale.Rule switch
        {
            ScaleRule.Any => scores.Any(s => s >= 100) ? 100 : 0,
            _ => scores.Count >= scale.MinimumAnsweredShare * items.Count ? scores.Average() : null,
        };
    }

    /// <summary>A measure reported as a share with a Wilson interval rather than a mean with a t interval.</summary>
    public static bool IsPrevalence(Instrument instrument, string measure)
        => instrument.Scales.FirstOrDefault(s => s.Id == measure) is { } scale
            ? scale.Rule == ScaleRule.Any
            : instrument.Items.FirstOrDefault(i => i.Id == measure) is { Type: ItemType.Choice } item && instrument.OptionSet(item.OptionSet)?.IsBinary == true;
}
