using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Paritas.Web.Data;
using Paritas.Web.Features.Agreements;
using Paritas.Web.Features.Library.Exchange;
using Paritas.Web.Features.Library.Search;
using Paritas.Web.Features.Shared;

namespace Paritas.Web.Features.Library;

/// <summary>Searching and reading the library for programs, through the same visibility rule and search as the pages.</summary>
public static class LibraryApi
{
    public static RouteGroupBuilder MapLibraryApi(this RouteGroupBuilder api)
    {
        var library = api.MapGroup("/library");
        library.MapGet("/", SearchAsync).WithName("SearchLibrary")
            .WithSummary("Searches the practice cases and model clauses the token's organisation may see. Query: q (words, any language), lang (preferred language), page, and facets (kind, language, country, organisationType, sector, technology, mechanism, outcome, topic; repeat a facet for several values).");
        library.MapGet("/{uid}", GetAsync).WithName("GetLibraryItem")
            .WithSummary("One case or clause in the exchange format (all its translations), if the token's organisation may see it.");
        return api;
    }

    private static async Task<Ok<LibrarySearchResponse>> SearchAsync(HttpRequest request, string? lang, LibraryAccess access, LibrarySearch search, CancellationToken ct)
    {
        var query = IndexModel.ReadQuery(request.Query);
        var language = Cultures.IsSupported(lang) ? lang!.ToLowerInvariant() : Cultures.Default;
        var result = await search.SearchAsync(await access.ReaderAsync(ct), query, language, ct);
        return TypedResults.Ok(new LibrarySearchResponse(
            result.Total,
            result.Page,
            result.Pages,
            [.. result.Hits.Select(h => new LibraryHitResponse(h.Uid, h.Kind.ToString(), h.Language, h.Title, h.Visibility.ToString(), h.Languages, h.Score))],
            result.Facets.ToDictionary(f => f.Key, f => (IReadOnlyDictionary<string, int>)f.Values.ToDictionary(v => v.Value, v => v.Count))));
    }

    private static async Task<Results<Ok<LibraryItemResponse>, NotFound>> GetAsync(string uid, LibraryAccess access, CancellationToken ct)
    {
        var item = await (await access.VisibleItemsAsync(ct)).Include(i => i.Translations).Include(i => i.Sources).AsNoTracking().FirstOrDefaultAsync(i => i.Uid == uid, ct);
        if (item is null)
        {
            return TypedResults.NotFound();
        }

        var document = LibraryExchange.ToDocument([item]);
        return TypedResults.Ok(new LibraryItemResponse(
            item.Kind.ToString(),
            item.Visibility.ToString(),
            item.Translations.ToDictionary(t => t.Language, t => ClauseMarkdown.ToSafeHtml(t.Body)),
            document.Cases is [var c, ..] ? c : null,
            document.Clauses is [var k, ..] ? k : null));
    }

    public sealed record LibrarySearchResponse(int Total, int Page, int Pages, IReadOnlyList<LibraryHitResponse> Items, IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> Facets);

    public sealed record LibraryHitResponse(string Uid, string Kind, string Language, string Title, string Visibility, IReadOnlyList<string> Languages, double Score);

    /// <summary>The item in the exchange format, plus each translation's body as sanitised HTML.</summary>
    public sealed record LibraryItemResponse(string Kind, string Visibility, IReadOnlyDictionary<string, string> BodyHtml, CaseDocument? Case, ClauseDocument? Clause);
}
