using System.Globalization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Paritas.Web.Features.Library.Search;

namespace Paritas.Web.Features.Library;

/// <summary>The library: anyone may browse and search what they may see; facets are plain links and checkboxes.</summary>
public sealed class IndexModel(LibraryAccess access, LibrarySearch search) : PageModel
{
    public string? Text { get; private set; }

    public LibrarySearchResult Result { get; private set; } = new([], 0, [], 1, LibrarySearch.PageSize);

    public LibraryReader Reader { get; private set; } = LibraryReader.Anonymous;

    public LibraryQuery Query { get; private set; } = new(null, new Dictionary<string, IReadOnlyList<string>>());

    public async Task OnGetAsync(CancellationToken ct)
    {
        Reader = await access.ReaderAsync(ct);
        Query = ReadQuery(Request.Query);
        Text = Query.Text;
        Result = await search.SearchAsync(Reader, Query, CultureInfo.CurrentUICulture.TwoLetterISOLanguageName, ct);
    }

    /// <summary>Reads words, facets and page from a query string; unknown keys are ignored.</summary>
    public static LibraryQuery ReadQuery(IQueryCollection query)
    {
        var facets = LibraryFacets.All.ToDictionary(
            f => f,
            f => (IReadOnlyList<string>)[.. query[f].Where(v => !string.IsNullOrWhiteSpace(v) && v!.Length <= 60).Select(v => v!.Trim()).Distinct(StringComparer.Ordinal).Take(20)],
            StringComparer.Ordinal);
        var text = query["q"].FirstOrDefault();
        var page = int.TryParse(query["page"].FirstOrDefault(), NumberStyles.None, CultureInfo.InvariantCulture, out var p) && p is > 0 and < 10000 ? p : 1;
        return new LibraryQuery(text is { Length: > 200 } ? text[..200] : text?.Trim(), facets, page);
    }

    /// <summary>The current search with one facet value toggled (and back to the first page): a link that works without scripts.</summary>
    public string Toggle(string facet, string value)
    {
        var pairs = new List<KeyValuePair<string, string?>>();
        if (!string.IsNullOrEmpty(Query.Text))
        {
            pairs.Add(new("q", Query.Text));
        }

        foreach (var f in LibraryFacets.All)
        {
            var values = Query.Selected(f).ToList();
            if (f == facet && !values.Remove(value))
            {
                values.Add(value);
            }

            pairs.AddRange(values.Select(v => new KeyValuePair<string, string?>(f, v)));
        }

        return "/Library" + Microsoft.AspNetCore.Http.QueryString.Create(pairs).ToUriComponent();
    }

    public string PageLink(int page)
    {
        var pairs = new List<KeyValuePair<string, string?>>();
        if (!string.IsNullOrEmpty(Query.Text))
        {
            pairs.Add(new("q", Query.Text));
        }

        foreach (var f in LibraryFacets.All)
        {
            pairs.AddRange(Query.Selected(f).Select(v => new KeyValuePair<string, string?>(f, v)));
        }

        pairs.Add(new("page", page.ToString(CultureInfo.InvariantCulture)));
        return "/Library" + Microsoft.AspNetCore.Http.QueryString.Create(pairs).ToUriComponent();
    }
}
