using Paritas.Web.Features.Surveys;

namespace Paritas.UnitTests.Surveys;

public sealed class InstrumentParserTests
{
    [Fact]
    public void A_file_in_the_documented_format_parses_with_its_scales_items_and_languages()
    {
        var (instrument, problems) = InstrumentParser.Parse(TestInstrument.Json);
        Assert.Empty(problems);
        Assert.Equal("unit_test@1.0.0", instrument!.Key);
        Assert.Equal(["w1", "w2", "w3"], instrument.ItemsOf(instrument.Scales[0]).Select(i => i.Id));
        Assert.True(instrument.Items.Single(i => i.Id == "w2").Reverse);
        Assert.Equal(ScaleRule.Any, instrument.Scales[1].Rule);
        Assert.Equal("Arbetsbelastning", instrument.Scales[0].Title.In("sv"));
    }

    [Fact]
    public void Every_problem_of_a_broken_file_is_named_with_where_it_is()
    {
        var broken = TestInstrument.Json
            .Replace("\"sv\": \"F2\"", "\"da\": \"F2\"", StringComparison.Ordinal)
            .Replace("\"optionSet\": \"contact\"", "\"optionSet\": \"nowhere\"", StringComparison.Ordinal)
            .Replace("\"id\": \"w3\"", "\"id\": \"w1\"", StringComparison.Ordinal)
            .Replace("\"rule\": \"any\"", "\"rule\": \"median\"", StringComparison.Ordinal);
        var (instrument, problems) = InstrumentParser.Parse(broken);
        Assert.Null(instrument);
        var text = problems.Select(p => p.ToString()).ToList();
        Assert.Contains(text, t => t.Contains("item \"w2\"", StringComparison.Ordinal) && t.Contains("sv", StringComparison.Ordinal));
        Assert.Contains(text, t => t.Contains("\"nowhere\" does not exist", StringComparison.Ordinal));
        Assert.Contains(text, t => t.Contains("item id \"w1\" appears twice", StringComparison.Ordinal));
        Assert.Contains(text, t => t.Contains("\"mean\" or \"any\"", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("[]")]
    [InlineData("{}")]
    public void Something_that_is_not_an_instrument_gives_problems_not_an_exception(string json)
    {
        var (instrument, problems) = InstrumentParser.Parse(json);
        Assert.Null(instrument);
        Assert.NotEmpty(problems);
    }
}
