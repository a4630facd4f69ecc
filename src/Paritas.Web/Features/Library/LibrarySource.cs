namespace Paritas.Web.Features.Library;

/// <summary>Where a case's facts come from, or a clause's origin (its first source).</summary>
public sealed class LibrarySource
{
    public const int TitleLength = 300;
    public const int PublisherLength = 200;
    public const int UrlLength = 1000;

    private LibrarySource()
    {
    }

    public LibrarySource(Guid itemId, int position, string title, string? publisher, int? year, string? url)
    {
        Id = Guid.NewGuid();
        ItemId = itemId;
        Position = position;
        Title = title;
        Publisher = publisher;
        Year = year;
        Url = url;
    }

    public Guid Id { get; private set; }

    public Guid ItemId { get; private set; }

    public int Position { get; private set; }

    public string Title { get; private set; } = "";

    public string? Publisher { get; private set; }

    public int? Year { get; private set; }

    public string? Url { get; private set; }
}
