using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Paritas.Web.Data;
using Paritas.Web.Features.Library.Exchange;

namespace Paritas.Web.Features.Library;

/// <summary>What waits for this curator: requests to share or publish, and comments to moderate.</summary>
public sealed class CurationModel(AppDbContext db, LibraryAccess access, TimeProvider clock) : PageModel
{
    public IReadOnlyList<SharingRow> Sharing { get; private set; } = [];

    public IReadOnlyList<CommentRow> Comments { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var reader = await access.ReaderAsync(ct);
        var requested = await db.LibraryItems.Where(reader.Visible()).Where(i => i.RequestedVisibility != null)
            .Select(i => new { i.Uid, i.RequestedVisibility, i.RequestedNetworkId, i.OwnerOrganisationId, Title = i.Translations.Where(t => t.Language == i.OriginalLanguage).Select(t => t.Title).FirstOrDefault() })
            .ToListAsync(ct);
        var mine = requested.Where(r => reader.MayCurate(r.RequestedVisibility, r.RequestedNetworkId, r.OwnerOrganisationId)).ToList();
        var organisationIds = mine.Select(r => r.OwnerOrganisationId).OfType<Guid>().ToList();
        var networkIds = mine.Select(r => r.RequestedNetworkId).OfType<Guid>().ToList();
        var organisations = await db.Organisations.Where(o => organisationIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        var networks = await db.Networks.Where(n => networkIds.Contains(n.Id)).ToDictionaryAsync(n => n.Id, n => n.Name, ct);
        Sharing = [.. mine.Select(r => new SharingRow(r.Uid, r.Title ?? r.Uid, organisations.GetValueOrDefault(r.OwnerOrganisationId ?? Guid.Empty) ?? "", r.RequestedVisibility!.Value, r.RequestedNetworkId is { } n ? networks.GetValueOrDefault(n) : null))];

        var pending = await db.LibraryComments.Where(c => c.State == ModerationState.Pending)
            .Join(db.LibraryItems.Where(reader.Visible()), c => c.ItemId, i => i.Id, (c, i) => new { c.Id, c.Kind, c.Text, c.At, i.Uid, i.OwnerOrganisationId })
            .OrderBy(c => c.At).ToListAsync(ct);
        Comments = [.. pending.Where(c => reader.MayModerate(c.OwnerOrganisationId)).Select(c => new CommentRow(c.Id, c.Uid, c.Kind, Agreements.ClauseMarkdown.ToSafeHtml(c.Text)))];
    }

    public async Task<IActionResult> OnPostSharingAsync(string uid, bool approve, CancellationToken ct)
    {
        var reader = await access.ReaderAsync(ct);
        var item = await db.LibraryItems.Where(reader.Visible()).Include(i => i.Translations).Include(i => i.Sources).FirstOrDefaultAsync(i => i.Uid == uid, ct);
        if (item is null || !reader.MayCurate(item.RequestedVisibility, item.RequestedNetworkId, item.OwnerOrganisationId))
        {
            return NotFound();
        }

        var now = clock.GetUtcNow();
        var detail = item.RequestedVisibility.ToString();
        if (approve)
        {
            item.ApproveSharing(now);
        }
        else
        {
            item.RefuseSharing();
        }

        db.LibraryRevisions.Add(new LibraryRevision(item, approve ? RevisionKind.SharingApproved : RevisionKind.SharingRefused, reader.UserId, now, detail, LibraryExchange.Snapshot(item)));
        await db.SaveChangesAsync(ct);
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostCommentAsync(Guid id, bool approve, CancellationToken ct)
    {
        var reader = await access.ReaderAsync(ct);
        var comment = await db.LibraryComments.FirstOrDefaultAsync(c => c.Id == id && c.State == ModerationState.Pending, ct);
        var owner = comment is null ? null : await db.LibraryItems.Where(reader.Visible()).Where(i => i.Id == comment.ItemId).Select(i => new { i.OwnerOrganisationId }).FirstOrDefaultAsync(ct);
        if (comment is null || owner is null || !reader.MayModerate(owner.OwnerOrganisationId) || reader.UserId is not { } userId)
        {
            return NotFound();
        }

        comment.Moderate(approve, userId);
        await db.SaveChangesAsync(ct);
        return RedirectToPage();
    }

    public sealed record SharingRow(string Uid, string Title, string Organisation, LibraryVisibility Requested, string? Network);

    public sealed record CommentRow(Guid Id, string Uid, CommentKind Kind, string Html);
}
