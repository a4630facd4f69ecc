using System.Text;
using System.Text.Encodings.Web;
using Microsoft.EntityFrameworkCore;
using Paritas.Web.Data;
using Paritas.Web.Features.Shared;

namespace Paritas.Web.Features.Library.Search;

/// <summary>
/// Full-text search over the index table, the same on SQLite and PostgreSQL (docs/adr/0009-library-search.md):
/// the query is stemmed with each language's stemmer and matched against the translations in that
/// language; every word must match; translations are ranked by BM25 and an item by its best translation,
/// with a small preference for the reader's language. Facets are counted in memory over the visible items.
/// </summary>
public sealed class LibrarySearch(AppDbContext db)
{
    public const int PageSize = 20;
    private const double K1 = 1.2;
    private const double B = 0.75;
    private const double ReaderLanguageBoost = 1.2;

    public async Task<LibrarySearchResult> SearchAsync(LibraryReader reader, LibraryQuery query, string readerLanguage, CancellationToken ct)
    {
        var visible = db.LibraryItems.Where(reader.Visible());
        var visibleIds = visible.Select(i => i.Id);
        var items = await visible.Select(i => new Row(i.Id, i.Uid, i.Kind, i.Visibility, i.CountryCode, i.OrganisationType, i.Sector, i.Technology, i.Outcome, i.Topic, i.MechanismCodes, i.OriginalLanguage, i.PublishedAt ?? i.UpdatedAt)).ToListAsync(ct);
        var translations = await db.LibraryTranslations.Where(t => visibleIds.Contains(t.ItemId)).Select(t => new TranslationRow(t.Id, t.ItemId, t.Language, t.TermCount)).ToListAsync(ct);
        var languagesOf = translations.GroupBy(t => t.ItemId).ToDictionary(g => g.Key, g => (IReadOnlyList<string>)[.. g.Select(t => t.Language).Order(StringComparer.Ordinal)]);

        var groups = QueryGroups(query.Text);
        var hasText = groups.Values.Any(g => g.Count > 0);
        Dictionary<Guid, (double Score, string Language)> scores = [];
        if (hasText)
        {
            scores = await ScoreAsync(groups, translations, visibleIds, readerLanguage, ct);
        }

        var candidates = hasText ? items.Where(i => scores.ContainsKey(i.Id)).ToList() : items;
        var facets = LibraryFacets.All.Select(f => Count(f, candidates, query, languagesOf)).ToList();
        var matching = candidates.Where(i => LibraryFacets.All.All(f => Matches(f, i, query.Selected(f), languagesOf))).ToList();
        var ordered = hasText
            ? matching.OrderByDescending(i => scores[i.Id].Score).ThenBy(i => i.Uid, StringComparer.Ordinal)
            : matching.OrderByDescending(i => i.Date).ThenBy(i => i.Uid, StringComparer.Ordinal);
        var page = Math.Max(1, query.Page);
        var pageItems = ordered.Skip((page - 1) * PageSize).Take(PageSize).ToList();

        var chosen = pageItems.ToDictionary(i => i.Id, i =>
        {
            var available = languagesOf.GetValueOrDefault(i.Id) ?? [];
            return hasText ? scores[i.Id].Language : available.Contains(readerLanguage) ? readerLanguage : i.OriginalLanguage;
        });
        var ids = pageItems.Select(i => i.Id).ToList();
        var texts = (await db.LibraryTranslations.Where(t => ids.Contains(t.ItemId)).Select(t => new { t.ItemId, t.Language, t.Title, t.Summary, t.Body }).ToListAsync(ct))
            .Where(t => chosen[t.ItemId] == t.Language)
            .ToDictionary(t => t.ItemId);

        var hits = pageItems.Where(i => texts.ContainsKey(i.Id)).Select(i =>
        {
            var t = texts[i.Id];
            var terms = groups.GetValueOrDefault(t.Language)?.SelectMany(g => g).ToHashSet(StringComparer.Ordinal) ?? [];
            return new LibraryHit(i.Id, i.Uid, i.Kind, t.Language, t.Title, Highlight(t.Title, t.Language, terms), Snippet(t.Summary, t.Body, t.Language, terms), hasText ? scores[i.Id].Score : 0, i.Visibility, languagesOf.GetValueOrDefault(i.Id) ?? []);
        }).ToList();
        return new LibrarySearchResult(hits, matching.Count, facets, page, PageSize);
    }

    /// <summary>For each language, for each query word that is not a stop word there, the terms it stands for.</summary>
    public static Dictionary<string, List<IReadOnlyList<string>>> QueryGroups(string? text)
    {
        var words = LibraryText.Words(text).Select(w => w.Word).Distinct(StringComparer.Ordinal).Take(12).ToList();
        return Cultures.Supported.ToDictionary(
            language => language,
            language => words.Select(w => LibraryText.Variants(language, w)).Where(v => v.Count > 0).ToList());
    }

    private async Task<Dictionary<Guid, (double Score, string Language)>> ScoreAsync(
        Dictionary<string, List<IReadOnlyList<string>>> groups, List<TranslationRow> translations, IQueryable<Guid> visibleIds, string readerLanguage, CancellationToken ct)
    {
        var allTerms = groups.Values.SelectMany(g => g).SelectMany(v => v).Distinct(StringComparer.Ordinal).ToList();
        var rows = await db.LibraryTerms.Where(t => allTerms.Contains(t.Term) && visibleIds.Contains(t.ItemId))
            .Select(t => new { t.TranslationId, t.Language, t.Term, t.Weight }).ToListAsync(ct);
        var weights = rows.GroupBy(r => r.TranslationId).ToDictionary(g => g.Key, g => g.ToDictionary(r => r.Term, r => r.Weight, StringComparer.Ordinal));
        var best = new Dictionary<Guid, (double Score, string Language)>();
        foreach (var byLanguage in translations.GroupBy(t => t.Language))
        {
            if (!groups.TryGetValue(byLanguage.Key, out var languageGroups) || languageGroups.Count == 0)
            {
                continue;
            }

            var docs = byLanguage.ToList();
            var averageLength = Math.Max(1.0, docs.Average(d => (double)d.TermCount));
            // Term frequency of each query word in each translation: the best of the word's variants.
            var frequencies = docs.ToDictionary(d => d.Id, d => languageGroups.Select(g =>
                weights.TryGetValue(d.Id, out var w) ? g.Max(term => w.GetValueOrDefault(term)) : 0).ToArray());
            var documentFrequency = languageGroups.Select((_, k) => frequencies.Values.Count(f => f[k] > 0)).ToArray();
            foreach (var d in docs)
            {
                var f = frequencies[d.Id];
                if (f.Any(x => x == 0))
                {
                    continue;
                }

                var score = 0.0;
                for (var k = 0; k < f.Length; k++)
                {
                    var idf = Math.Log(1 + ((docs.Count - documentFrequency[k] + 0.5) / (documentFrequency[k] + 0.5)));
                    score += idf * f[k] * (K1 + 1) / (f[k] + (K1 * (1 - B + (B * d.TermCount / averageLength))));
                }

                if (d.Language == readerLanguage)
                {
                    score *= ReaderLanguageBoost;
                }

                if (!best.TryGetValue(d.ItemId, out var current) || score > current.Score)
                {
                    best[d.ItemId] = (score, d.Language);
                }
            }
        }

        return best;
    }

    private static IEnumerable<string> ValuesOf(string facet, Row i, Dictionary<Guid, IReadOnlyList<string>> languagesOf) => facet switch
    {
        LibraryFacets.Kind => [i.Kind.ToString()],
        LibraryFacets.Language => languagesOf.GetValueOrDefault(i.Id) ?? [],
        LibraryFacets.Country => i.CountryCode is { } c ? [c] : [],
        LibraryFacets.OrganisationType => i.OrganisationType is { } o ? [o.ToString()] : [],
        LibraryFacets.Sector => i.Sector is { } s ? [s.ToString()] : [],
        LibraryFacets.Technology => i.Technology is { } t ? [t.ToString()] : [],
        LibraryFacets.Mechanism => i.MechanismCodes.Split('|', StringSplitOptions.RemoveEmptyEntries),
        LibraryFacets.Outcome => i.Outcome is { } o ? [o.ToString()] : [],
        LibraryFacets.Topic => i.Topic is { } t ? [t.ToString()] : [],
        _ => [],
    };

    private static bool Matches(string facet, Row i, IReadOnlyList<string> selected, Dictionary<Guid, IReadOnlyList<string>> languagesOf)
        => selected.Count == 0 || ValuesOf(facet, i, languagesOf).Any(v => selected.Contains(v, StringComparer.OrdinalIgnoreCase));

    /// <summary>A facet's counts apply every other facet's choice but not its own, so a reader can widen within it.</summary>
    private static FacetGroup Count(string facet, List<Row> candidates, LibraryQuery query, Dictionary<Guid, IReadOnlyList<string>> languagesOf)
    {
        var selected = query.Selected(facet);
        var counts = candidates
            .Where(i => LibraryFacets.All.Where(f => f != facet).All(f => Matches(f, i, query.Selected(f), languagesOf)))
            .SelectMany(i => ValuesOf(facet, i, languagesOf).Distinct(StringComparer.Ordinal))
            .GroupBy(v => v, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        foreach (var s in selected.Where(s => !counts.ContainsKey(s)))
        {
            counts[s] = 0;
        }

        return new FacetGroup(facet, [.. counts
            .OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal)
            .Select(c => new FacetValue(c.Key, c.Value, selected.Contains(c.Key, StringComparer.OrdinalIgnoreCase)))]);
    }

    /// <summary>The text, HTML-encoded, with the words that match the query marked.</summary>
    public static string Highlight(string? text, string language, IReadOnlySet<string> terms)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var encoder = HtmlEncoder.Default;
        var html = new StringBuilder();
        var at = 0;
        foreach (var (start, length, word) in LibraryText.Words(text))
        {
            if (terms.Count == 0 || !LibraryText.Variants(language, word).Any(terms.Contains))
            {
                continue;
            }

            html.Append(encoder.Encode(text[at..start])).Append("<mark>").Append(encoder.Encode(text.Substring(start, length))).Append("</mark>");
            at = start + length;
        }

        return html.Append(encoder.Encode(text[at..])).ToString();
    }

    /// <summary>The summary when it matches (or nothing matches), else a passage of the body around the first match.</summary>
    private static string Snippet(string? summary, string body, string language, HashSet<string> terms)
    {
        bool Has(string? text) => LibraryText.Words(text).Any(w => LibraryText.Variants(language, w.Word).Any(terms.Contains));
        if (terms.Count == 0 || Has(summary) || !Has(body))
        {
            return Highlight(summary ?? Shorten(body, 0), language, terms);
        }

        var first = LibraryText.Words(body).First(w => LibraryText.Variants(language, w.Word).Any(terms.Contains));
        return Highlight(Shorten(body, Math.Max(0, first.Start - 100)), language, terms);
    }

    private static string Shorten(string body, int from)
    {
        // Start and end on a space so no word is cut in two.
        var start = from == 0 ? 0 : Math.Max(0, body.IndexOf(' ', from) + 1);
        var end = Math.Min(body.Length, start + 280);
        if (end < body.Length && body.LastIndexOf(' ', end - 1, end - start) is var space and > 0 && space > start)
        {
            end = space;
        }

        return (start > 0 ? "… " : "") + body[start..end].Replace('\n', ' ').Replace("**", "", StringComparison.Ordinal).Replace("#", "", StringComparison.Ordinal) + (end < body.Length ? " …" : "");
    }

    private sealed record Row(Guid Id, string Uid, LibraryItemKind Kind, LibraryVisibility Visibility, string? CountryCode, OrganisationType? OrganisationType, Organisations.Sector? Sector, Changes.ChangeCategory? Technology, Outcome? Outcome, ClauseTopic? Topic, string MechanismCodes, string OriginalLanguage, DateTimeOffset Date);

    private sealed record TranslationRow(Guid Id, Guid ItemId, string Language, int TermCount);
}
