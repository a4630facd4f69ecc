using Microsoft.EntityFrameworkCore;
using Paritas.Web.Data;

namespace Paritas.Web.Features.Library;

/// <summary>
/// Translations and sources get their ids when they are made, so EF Core takes a new one hung on an
/// item it already tracks for an existing row (and updates nothing). Remember which rows were stored
/// before a change, and mark every other child as added.
/// </summary>
public static class LibraryTracking
{
    public static HashSet<Guid> StoredChildren(LibraryItem item) => [.. item.Translations.Select(t => t.Id), .. item.Sources.Select(s => s.Id)];

    public static void AddNewChildren(AppDbContext db, LibraryItem item, HashSet<Guid> stored)
    {
        foreach (var translation in item.Translations.Where(t => !stored.Contains(t.Id)))
        {
            db.Entry(translation).State = EntityState.Added;
        }

        foreach (var source in item.Sources.Where(s => !stored.Contains(s.Id)))
        {
            db.Entry(source).State = EntityState.Added;
        }
    }
}
