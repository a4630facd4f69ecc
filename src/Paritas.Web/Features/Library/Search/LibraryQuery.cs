namespace Paritas.Web.Features.Library.Search;

/// <summary>What a reader asks the library: words, chosen facet values (any of a facet's values, all facets) and a page.</summary>
public sealed record LibraryQuery(string? Text, IReadOnlyDictionary<string, IReadOnlyList<string>> Facets, int Page = 1)
{
    public IReadOnlyList<string> Selected(string facet) => Facets.TryGetValue(facet, out var values) ? values : [];
}
