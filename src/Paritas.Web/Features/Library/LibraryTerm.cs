namespace Paritas.Web.Features.Library;

/// <summary>
/// One row of the search index: a folded stem that occurs in one translation, with its weight
/// (occurrences × field weight). Written by <see cref="LibraryIndexer"/>; the same on both providers.
/// </summary>
public sealed class LibraryTerm
{
    public const int TermLength = 64;

    private LibraryTerm()
    {
    }

    public LibraryTerm(Guid itemId, Guid translationId, string language, string term, int weight)
    {
        ItemId = itemId;
        TranslationId = translationId;
        Language = language;
        Term = term;
        Weight = weight;
    }

    public Guid ItemId { get; private set; }

    public Guid TranslationId { get; private set; }

    public string Language { get; private set; } = "";

    public string Term { get; private set; } = "";

    public int Weight { get; private set; }
}
