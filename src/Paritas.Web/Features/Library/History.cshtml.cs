using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Paritas.Web.Data;

namespace Paritas.Web.Features.Library;

/// <summary>
/// Every version of an item: when, what kind of change, what changed and by whom. Names of people are
/// shown to the owner's members only; others see the organisation, which is what the public needs.
/// </summary>
public sealed class HistoryModel(AppDbContext db, LibraryAccess access) : PageModel
{
    public string Uid { get; private set; } = "";

    public string Title { get; private set; } = "";

    public IReadOnlyList<RevisionRow> Revisions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string uid, CancellationToken ct)
    {
        var reader = await access.ReaderAsync(ct);
        var item = await db.LibraryItems.Where(reader.Visible()).Where(i => i.Uid == uid)
            .Select(i => new { i.Id, i.Uid, i.OwnerOrganisationId, Title = i.Translations.Where(t => t.Language == i.OriginalLanguage).Select(t => t.Title).FirstOrDefault() })
            .FirstOrDefaultAsync(ct);
        if (item is null)
        {
            return NotFound();
        }

        (Uid, Title) = (item.Uid, item.Title ?? item.Uid);
        var rows = await db.LibraryRevisions.Where(r => r.ItemId == item.Id).OrderByDescending(r => r.At).ThenByDescending(r => r.Version)
            .Select(r => new { r.Version, r.Kind, r.At, r.Detail, r.ByUserId }).ToListAsync(ct);
        var showNames = reader.IsPlatformAdministrator || (item.OwnerOrganisationId is not null && reader.OrganisationId == item.OwnerOrganisationId);
        var userIds = rows.Select(r => r.ByUserId).OfType<Guid>().Distinct().ToList();
        var names = showNames ? await db.Users.Where(u => userIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct) : [];
        var owner = item.OwnerOrganisationId is { } o ? await db.Organisations.Where(x => x.Id == o).Select(x => x.Name).FirstOrDefaultAsync(ct) : null;
        Revisions = [.. rows.Select(r => new RevisionRow(r.Version, r.Kind, r.At, r.Detail, r.ByUserId is { } u && names.TryGetValue(u, out var n) ? n : owner ?? "Paritas"))];
        return Page();
    }

    public async Task<IActionResult> OnGetSnapshotAsync(string uid, int version, CancellationToken ct)
    {
        var reader = await access.ReaderAsync(ct);
        var id = await db.LibraryItems.Where(reader.Visible()).Where(i => i.Uid == uid).Select(i => (Guid?)i.Id).FirstOrDefaultAsync(ct);
        var snapshot = id is null ? null : await db.LibraryRevisions.Where(r => r.ItemId == id && r.Version == version).OrderByDescending(r => r.At).Select(r => r.Snapshot).FirstOrDefaultAsync(ct);
        return snapshot is null ? NotFound() : Content(snapshot, "application/json; charset=utf-8");
    }

    public sealed record RevisionRow(int Version, RevisionKind Kind, DateTimeOffset At, string? Detail, string By);
}
