namespace Paritas.Web.Features.Library.Search;

public sealed record LibrarySearchResult(IReadOnlyList<LibraryHit> Hits, int Total, IReadOnlyList<FacetGroup> Facets, int Page, int PageSize)
{
    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);
}

/// <summary>One item found, in the language it is best read in; the HTML fields are encoded, with &lt;mark&gt; around matched words.</summary>
public sealed record LibraryHit(
    Guid Id,
    string Uid,
    LibraryItemKind Kind,
    string Language,
    string Title,
    string TitleHtml,
    string SnippetHtml,
    double Score,
    LibraryVisibility Visibility,
    IReadOnlyList<string> Languages);

public sealed record FacetGroup(string Key, IReadOnlyList<FacetValue> Values);

public sealed record FacetValue(string Value, int Count, bool Selected);
