namespace Paritas.Web.Features.Library;

/// <summary>One language version of a library item. A clause's text is its body; it has no summary.</summary>
public sealed class LibraryTranslation
{
    public const int TitleLength = 300;
    public const int SummaryLength = 2000;
    public const int BodyLength = 40000;

    private LibraryTranslation()
    {
    }

    public LibraryTranslation(LibraryItem item, string language, string title, string? summary, string body)
    {
        Id = Guid.NewGuid();
        ItemId = item.Id;
        Language = language;
        Title = title;
        Summary = summary;
        Body = body;
    }

    public Guid Id { get; private set; }

    public Guid ItemId { get; private set; }

    public string Language { get; private set; } = "en";

    public string Title { get; private set; } = "";

    public string? Summary { get; private set; }

    /// <summary>Markdown; shown only through <c>ClauseMarkdown.ToSafeHtml</c>.</summary>
    public string Body { get; private set; } = "";

    /// <summary>The weighted number of terms, for BM25's length normalisation.</summary>
    public int TermCount { get; set; }

    public void Edit(string title, string? summary, string body)
    {
        Title = title;
        Summary = summary;
        Body = body;
    }
}
