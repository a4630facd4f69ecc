using Microsoft.EntityFrameworkCore;
using Paritas.Web.Data;

namespace Paritas.Web.Features.Library;

/// <summary>Writes an item's rows of the search index; called whenever its text is saved.</summary>
public static class LibraryIndexer
{
    // A word in the title says more about what the item is about than one in the story.
    public const int TitleWeight = 5;
    public const int SummaryWeight = 2;
    public const int BodyWeight = 1;

    /// <summary>Replaces the index rows of the item's translations; the caller saves.</summary>
    public static async Task ReindexAsync(AppDbContext db, LibraryItem item, CancellationToken ct)
    {
        await db.LibraryTerms.Where(t => t.ItemId == item.Id).ExecuteDeleteAsync(ct);
        foreach (var translation in item.Translations)
        {
            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            LibraryText.Count(translation.Language, translation.Title, TitleWeight, counts);
            LibraryText.Count(translation.Language, translation.Summary, SummaryWeight, counts);
            LibraryText.Count(translation.Language, translation.Body, BodyWeight, counts);
            translation.TermCount = counts.Values.Sum();
            foreach (var (term, weight) in counts)
            {
                db.LibraryTerms.Add(new LibraryTerm(item.Id, translation.Id, translation.Language, term, weight));
            }
        }
    }
}
