using System.Globalization;
using Paritas.Web.Features.Absence.Analysis;

namespace Paritas.UnitTests.Absence.Analysis;

public sealed class AnalysisSentenceTests
{
    private const string Higher = "After go-live, sickness absence in the affected units was {0} higher than the trend predicted (95% CI {1} to {2}).";
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");
    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de");

    private static IndicatorAnalysis Shown(AnalysisIndicator indicator, RateRatio level) =>
        new(indicator, null, [new AnalysisPoint(new DateOnly(2024, 1, 1), 0.05, 0.05, 0.05, 0.04, 0.06, false)], level, null, true, 12, 6);

    [Fact]
    public void A_significant_rise_reads_as_the_design_example_in_english()
    {
        var sentence = AnalysisSentence.For(Shown(AnalysisIndicator.AbsenceRate, new RateRatio(1.12, 1.04, 1.21)), new TemplateLocalizer(), English);

        Assert.Equal("After go-live, sickness absence in the affected units was 12% higher than the trend predicted (95% CI 4% to 21%).", sentence);
    }

    [Fact]
    public void The_german_template_gets_german_percentages()
    {
        var german = new TemplateLocalizer(new Dictionary<string, string>
        {
            [Higher] = "Nach der Einführung lagen die Krankheitsausfälle in den betroffenen Einheiten {0} über dem Trend (95-%-KI {1} bis {2}).",
        });

        var sentence = AnalysisSentence.For(Shown(AnalysisIndicator.AbsenceRate, new RateRatio(1.13, 1.004, 1.21)), german, German);

        // German puts a (narrow) no-break space before the percent sign and a decimal comma.
        var (v, lo, hi) = (0.13.ToString("P0", German), 0.004.ToString("P1", German), 0.21.ToString("P0", German));
        Assert.Equal("0,4", lo[..3]);
        Assert.DoesNotContain("%", v[..2], StringComparison.Ordinal);
        Assert.Equal($"Nach der Einführung lagen die Krankheitsausfälle in den betroffenen Einheiten {v} über dem Trend (95-%-KI {lo} bis {hi}).", sentence);
    }

    [Fact]
    public void A_significant_fall_is_stated_as_lower_with_the_interval_in_the_same_direction()
    {
        var sentence = AnalysisSentence.For(Shown(AnalysisIndicator.MsdIncidence, new RateRatio(0.8, 0.7, 0.9)), new TemplateLocalizer(), English);

        Assert.Equal("After go-live, new musculoskeletal absence spells in the affected units were 20% less frequent than the trend predicted (95% CI 10% to 30%).", sentence);
    }

    [Fact]
    public void An_interval_across_one_is_not_called_a_change()
    {
        var sentence = AnalysisSentence.For(Shown(AnalysisIndicator.PsychosocialIncidence, new RateRatio(1.05, 0.97, 1.14)), new TemplateLocalizer(), English);

        Assert.Equal("After go-live, new psychosocial absence spells in the affected units did not clearly differ from what the trend predicted: +5% (95% CI -3% to +14%).", sentence);
    }

    [Fact]
    public void Too_short_a_series_says_how_many_months_there_are()
    {
        var sentence = AnalysisSentence.For(IndicatorAnalysis.Withheld(AnalysisIndicator.AbsenceRate, NotEnoughReason.TooShort, 4, 1), new TemplateLocalizer(), English);

        Assert.Equal("Not enough data yet: the analysis needs at least 6 months before go-live and 3 after; there are 4 and 1.", sentence);
    }

    [Fact]
    public void The_difference_in_differences_is_in_percentage_points_for_the_culture()
    {
        var sentence = AnalysisSentence.ForDid(new DidEstimate(0.4567, 0.1, 0.81, 2, 6, false), new TemplateLocalizer(), German);

        Assert.Equal("Compared with units without the change, the absence rate of units after their go-live changed by +0,46 percentage points (95% CI +0,10 to +0,81).", sentence);
    }
}
