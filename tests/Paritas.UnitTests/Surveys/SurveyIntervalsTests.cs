using Paritas.Statistics.Surveys;

namespace Paritas.UnitTests.Surveys;

/// <summary>Against values worked out by hand from printed tables, not from this code.</summary>
public sealed class SurveyIntervalsTests
{
    [Fact]
    public void A_t_interval_uses_the_sample_deviation_and_n_minus_one_degrees_of_freedom()
    {
        // 2, 4, 4, 4, 5, 5, 7, 9: mean 5, sample variance 32/7, t(0.975; 7) = 2.364624 from the table.
        double[] x = [2, 4, 4, 4, 5, 5, 7, 9];
        var interval = SurveyIntervals.Mean(x.Length, x.Sum(), x.Sum(v => v * v))!;
        var half = 2.364624 * Math.Sqrt(32.0 / 7 / 8);
        Assert.Equal(5, interval.Estimate, 10);
        Assert.Equal(5 - half, interval.Lower, 5);
        Assert.Equal(5 + half, interval.Upper, 5);
    }

    [Fact]
    public void A_mean_of_one_value_has_no_interval()
        => Assert.Null(SurveyIntervals.Mean(1, 50, 2500));

    [Fact]
    public void Welchs_interval_with_equal_groups_has_two_n_minus_two_degrees_of_freedom()
    {
        // n = 6 each, variances 46.875: se = √(2 × 46.875 / 6) = 3.952847; df = 10, t(0.975; 10) = 2.228139.
        var d = SurveyIntervals.WelchDifference(6, 43.75, 46.875, 6, 68.75, 46.875)!;
        Assert.Equal(25, d.Estimate, 10);
        Assert.Equal(25 - (2.228139 * 3.952847), d.Lower, 4);
        Assert.Equal(25 + (2.228139 * 3.952847), d.Upper, 4);
    }

    [Fact]
    public void Welchs_degrees_of_freedom_fall_between_the_smaller_group_and_the_pooled_value()
    {
        // n1 = 5 (var 100), n2 = 41 (var 1): df ≈ 4.07, so t is close to t(0.975; 4) = 2.776445 and the interval wide.
        var d = SurveyIntervals.WelchDifference(5, 50, 100, 41, 60, 1)!;
        var se = Math.Sqrt((100.0 / 5) + (1.0 / 41));
        var t = (d.Upper - d.Estimate) / se;
        Assert.InRange(t, 2.74, 2.776445);
    }

    [Fact]
    public void Wilsons_interval_for_none_of_ten_is_the_textbook_zero_to_0_2775()
    {
        var w = SurveyIntervals.Wilson(0, 10)!;
        Assert.Equal(0, w.Lower, 10);
        Assert.Equal(0.27753, w.Upper, 4);
    }

    [Fact]
    public void Wilsons_interval_for_81_of_263_matches_Newcombes_published_values()
    {
        // Newcombe (1998), 81/263 gives 0.2553 to 0.3662.
        var w = SurveyIntervals.Wilson(81, 263)!;
        Assert.Equal(0.2553, w.Lower, 3);
        Assert.Equal(0.3662, w.Upper, 3);
    }
}
