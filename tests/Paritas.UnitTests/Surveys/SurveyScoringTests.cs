using Paritas.Web.Features.Surveys;

namespace Paritas.UnitTests.Surveys;

public sealed class SurveyScoringTests
{
    private static readonly Instrument Instrument = TestInstrument.Parsed;

    private static AnswerSheet Sheet(params (string Item, int Value)[] answers)
    {
        var sheet = new AnswerSheet();
        foreach (var (item, value) in answers)
        {
            sheet.Choices[item] = value;
        }

        return sheet;
    }

    [Fact]
    public void A_scale_score_is_the_mean_of_the_answered_items_with_reversed_items_turned_round()
    {
        // w1 Always = 100, w2 Always reversed = 0: mean 50 (w3 skipped, 2 of 3 answered is at least half).
        Assert.Equal(50, SurveyScoring.ScaleScore(Instrument, Instrument.Scales[0], Sheet(("w1", 1), ("w2", 1))));
    }

    [Fact]
    public void A_scale_with_fewer_than_half_its_items_answered_has_no_score()
        => Assert.Null(SurveyScoring.ScaleScore(Instrument, Instrument.Scales[0], Sheet(("w1", 1))));

    [Fact]
    public void The_any_rule_scores_one_yes_as_100_and_only_noes_as_0()
    {
        Assert.Equal(100, SurveyScoring.ScaleScore(Instrument, Instrument.Scales[1], Sheet(("neck", 2), ("back", 1))));
        Assert.Equal(0, SurveyScoring.ScaleScore(Instrument, Instrument.Scales[1], Sheet(("neck", 2))));
        Assert.Null(SurveyScoring.ScaleScore(Instrument, Instrument.Scales[1], Sheet()));
    }

    [Fact]
    public void Answers_outside_the_instrument_are_problems_naming_the_item()
    {
        var sheet = Sheet(("w1", 9), ("nothing", 1));
        sheet.Texts["comment"] = new string('x', InstrumentParser.TextAnswerLength + 1);
        var problems = sheet.Check(Instrument).Select(p => p.ToString()).ToList();
        Assert.Equal(3, problems.Count);
        Assert.Contains(problems, p => p.Contains("\"w1\"", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("\"nothing\"", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("\"comment\"", StringComparison.Ordinal));
    }
}
