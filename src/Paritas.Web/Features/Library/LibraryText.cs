using System.Globalization;
using System.Text;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Tartarus.Snowball;
using Lucene.Net.Tartarus.Snowball.Ext;

namespace Paritas.Web.Features.Library;

/// <summary>
/// Turns text into search terms the same way for the index and for queries, on every database:
/// lower case, stop words dropped, the Snowball stemmer of the text's language, diacritics folded.
/// Each word gives the stem of the word as written and the stem of the word without its accents, so
/// "numeriques" typed without accents meets "numériques" in the text.
/// </summary>
public static class LibraryText
{
    private const int MinimumLength = 2;

    private static readonly Dictionary<string, CharArraySet> StopWords = new(StringComparer.Ordinal)
    {
        ["en"] = Lucene.Net.Analysis.En.EnglishAnalyzer.DefaultStopSet,
        ["fr"] = Lucene.Net.Analysis.Fr.FrenchAnalyzer.DefaultStopSet,
        ["de"] = Lucene.Net.Analysis.De.GermanAnalyzer.DefaultStopSet,
        ["es"] = Lucene.Net.Analysis.Es.SpanishAnalyzer.DefaultStopSet,
        ["sv"] = Lucene.Net.Analysis.Sv.SwedishAnalyzer.DefaultStopSet,
        ["it"] = Lucene.Net.Analysis.It.ItalianAnalyzer.DefaultStopSet,
        ["nl"] = Lucene.Net.Analysis.Nl.DutchAnalyzer.DefaultStopSet,
        ["nb"] = Lucene.Net.Analysis.No.NorwegianAnalyzer.DefaultStopSet,
        ["da"] = Lucene.Net.Analysis.Da.DanishAnalyzer.DefaultStopSet,
    };

    /// <summary>Words of a text, lower-cased, in order (letters and digits; everything else separates).</summary>
    public static IEnumerable<(int Start, int Length, string Word)> Words(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            yield break;
        }

        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && (char.IsLetterOrDigit(text[i]) || (start >= 0 && char.GetUnicodeCategory(text[i]) == UnicodeCategory.NonSpacingMark));
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                yield return (start, i - start, text[start..i].ToLowerInvariant());
                start = -1;
            }
        }
    }

    /// <summary>The terms one word stands for in a language: one or two folded stems; none for a stop word.</summary>
    public static IReadOnlyList<string> Variants(string language, string word)
    {
        var lower = word.ToLowerInvariant();
        if (lower.Length < MinimumLength || (StopWords.TryGetValue(language, out var stops) && stops.Contains(lower)))
        {
            return [];
        }

        var folded = Fold(lower);
        var first = Fold(Stem(language, lower));
        var second = Fold(Stem(language, folded));
        var result = first == second ? new[] { first } : [first, second];
        return [.. result.Where(t => t.Length > 0).Select(t => t.Length > LibraryTerm.TermLength ? t[..LibraryTerm.TermLength] : t)];
    }

    /// <summary>Index terms of a text with their counts multiplied by the field's weight.</summary>
    public static void Count(string language, string? text, int fieldWeight, Dictionary<string, int> into)
    {
        foreach (var (_, _, word) in Words(text))
        {
            foreach (var term in Variants(language, word))
            {
                into[term] = into.GetValueOrDefault(term) + fieldWeight;
            }
        }
    }

    /// <summary>Letters without their accents; the few letters Unicode does not decompose are spelt out.</summary>
    public static string Fold(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            builder.Append(c switch
            {
                'ß' => "ss",
                'æ' => "ae",
                'ø' => "o",
                'œ' => "oe",
                'ł' => "l",
                'đ' => "d",
                'ı' => "i",
                _ => c.ToString(),
            });
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    private static string Stem(string language, string word)
    {
        // Snowball programs keep state between calls: one per call is cheap and thread-safe.
        SnowballProgram? stemmer = language switch
        {
            "en" => new EnglishStemmer(),
            "fr" => new FrenchStemmer(),
            "de" => new GermanStemmer(),
            "es" => new SpanishStemmer(),
            "sv" => new SwedishStemmer(),
            "it" => new ItalianStemmer(),
            "nl" => new DutchStemmer(),
            "nb" => new NorwegianStemmer(),
            "da" => new DanishStemmer(),
            _ => null,
        };
        if (stemmer is null)
        {
            return word;
        }

        stemmer.SetCurrent(word);
        stemmer.Stem();
        return stemmer.Current;
    }
}
