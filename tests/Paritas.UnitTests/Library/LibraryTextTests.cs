using Paritas.Web.Features.Library;

namespace Paritas.UnitTests.Library;

public sealed class LibraryTextTests
{
    [Theory]
    [InlineData("de", "Digitalisierungen", "Digitalisierung")]
    [InlineData("fr", "numériques", "numérique")]
    [InlineData("fr", "numeriques", "numérique")]
    [InlineData("es", "digitalizacion", "digitalización")]
    [InlineData("es", "trabajador", "trabajadores")]
    [InlineData("sv", "arbetstagare", "arbetstagarna")]
    [InlineData("it", "lavoratore", "lavoratori")]
    [InlineData("nl", "werknemer", "werknemers")]
    [InlineData("en", "schedule", "schedules")]
    [InlineData("da", "nedskaering", "nedskæringer")]
    [InlineData("nb", "kommunene", "kommunen")]
    public void A_query_word_and_a_text_word_of_the_same_stem_share_a_term(string language, string query, string text)
    {
        var queryTerms = LibraryText.Variants(language, query);
        var textTerms = LibraryText.Variants(language, text);

        Assert.NotEmpty(queryTerms);
        Assert.True(queryTerms.Intersect(textTerms).Any(), $"{query} → {string.Join(",", queryTerms)}; {text} → {string.Join(",", textTerms)}");
    }

    [Theory]
    [InlineData("en", "the")]
    [InlineData("fr", "les")]
    [InlineData("de", "und")]
    public void Stop_words_give_no_terms(string language, string word) => Assert.Empty(LibraryText.Variants(language, word));

    [Fact]
    public void Folding_removes_accents_and_spells_out_letters_unicode_does_not_decompose()
        => Assert.Equal("strasse aeroskobing oeuvre lodz", LibraryText.Fold("straße æroskøbing œuvre łodz"));

    [Fact]
    public void Words_split_on_punctuation_and_apostrophes()
        => Assert.Equal(["l", "automatisation", "30", "jours"], LibraryText.Words("L'automatisation — 30 jours!").Select(w => w.Word));
}
