using System.Text;
using Paritas.Web.Features.Assessments;

namespace Paritas.UnitTests.Assessments;

public sealed class ImpactScoringTests
{
    private static readonly AssessmentInstrument Instrument = AssessmentInstruments.Current;

    [Fact]
    public void The_shipped_instrument_has_the_ten_sections_in_all_nine_languages_and_a_maximum_of_66()
    {
        Assert.Equal(
            ["employment", "workload", "skills", "physical", "psychosocial", "surveillance", "citizens", "vendor", "resilience", "equality"],
            Instrument.Sections.Select(s => s.Key));
        Assert.All(Instrument.Sections, s => Assert.Contains(s.Questions, q => q.Kind == QuestionKind.Mitigation));
        Assert.All(Instrument.Questions, q => Assert.Equal(9, q.Text.Count));
        Assert.Equal(66, ImpactScoring.Score(Instrument, new Dictionary<string, string>()).Maximum);
    }

    [Fact]
    public void No_answers_score_nothing_and_are_incomplete()
    {
        var score = ImpactScoring.Score(Instrument, new Dictionary<string, string>());

        Assert.Equal(0, score.Net);
        Assert.Equal(ImpactLevel.I, score.Level);
        Assert.False(score.Complete);
    }

    [Fact]
    public void Mitigation_counts_only_in_its_own_section_and_never_below_zero()
    {
        var answers = new Dictionary<string, string>
        {
            ["employment.jobs"] = "little",
            ["employment.redeployment"] = "agreed",
            ["surveillance.data"] = "greatly",
            ["surveillance.use"] = "greatly",
            ["skills.training"] = "agreed",
        };

        var score = ImpactScoring.Score(Instrument, answers);

        Assert.Equal(7, score.Raw);
        var employment = score.Sections.Single(s => s.SectionKey == "employment");
        Assert.Equal((1, 1, 0), (employment.Raw, employment.Mitigation, employment.Net));
        Assert.Equal(0, score.Sections.Single(s => s.SectionKey == "skills").Mitigation);
        Assert.Equal(6, score.Net);
    }

    [Fact]
    public void Not_known_yet_weighs_like_considerably()
    {
        var unknown = ImpactScoring.Score(Instrument, new Dictionary<string, string> { ["workload.volume"] = "unknown" });
        var considerably = ImpactScoring.Score(Instrument, new Dictionary<string, string> { ["workload.volume"] = "considerably" });

        Assert.Equal(considerably.Net, unknown.Net);
        Assert.Equal(2, unknown.Net);
    }

    [Theory]
    [InlineData(0.0, ImpactLevel.I)]
    [InlineData(0.2499, ImpactLevel.I)]
    [InlineData(0.25, ImpactLevel.II)]
    [InlineData(0.5, ImpactLevel.III)]
    [InlineData(0.7499, ImpactLevel.III)]
    [InlineData(0.75, ImpactLevel.IV)]
    [InlineData(1.0, ImpactLevel.IV)]
    public void Levels_follow_the_share_of_the_maximum(double share, ImpactLevel level) => Assert.Equal(level, ImpactScoring.LevelOf(share));

    [Fact]
    public void The_gravest_answers_reach_level_IV_and_full_mitigation_does_not_erase_them()
    {
        var gravest = Instrument.Questions.ToDictionary(q => q.Key, q => q.Kind == QuestionKind.Impact ? "greatly" : "no");
        var mitigated = Instrument.Questions.ToDictionary(q => q.Key, q => q.Kind == QuestionKind.Impact ? "greatly" : "agreed");

        Assert.Equal(ImpactLevel.IV, ImpactScoring.Score(Instrument, gravest).Level);
        var score = ImpactScoring.Score(Instrument, mitigated);
        Assert.Equal(66 - 20, score.Net);
        Assert.Equal(ImpactLevel.III, score.Level);
        Assert.True(score.Complete);
    }

    [Fact]
    public void An_instrument_missing_a_language_or_naming_an_unknown_scale_is_refused_with_the_reason()
    {
        const string Json = """
            {"format":"paritas-assessment-instrument","key":"broken","version":1,"languages":["en"],
             "title":{"en":"Broken"},"scales":{},
             "sections":[{"key":"s","title":{"en":"S"},"questions":[{"key":"s.q","kind":"impact","scale":"nowhere","text":{"en":"Q?"}}]}]}
            """;

        var error = Assert.Throws<InvalidDataException>(() => AssessmentInstruments.Parse(new MemoryStream(Encoding.UTF8.GetBytes(Json))));

        Assert.Contains("title lacks fr", error.Message, StringComparison.Ordinal);
        Assert.Contains("unknown scale nowhere", error.Message, StringComparison.Ordinal);
    }
}
