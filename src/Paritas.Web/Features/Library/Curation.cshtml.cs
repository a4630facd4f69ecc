using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Paritas.Web.Data;
using Paritas.Web.Features.Library.Exchange;

namespace Paritas.Web.Features.Library;

/// <summary>What waits for this curator: requests to share or publish, and comments to moderate.</summary>
public sealed class CurationModel(AppDbContext db, LibraryAccess access, TimeProvider clock, Microsoft.Extensions.Localization.IStringLocalizer<SharedResource> l) : PageModel
{
    public IReadOnlyList<SharingRow> Sharing { get; private set; } = [];

    public IReadOnlyList<CommentRow> Comments { get; private set; } = [];

    public bool AppointsCurators { get; private set; }

    public IReadOnlyList<CuratorRow> Curators { get; private set; } = [];

    public IReadOnlyList<Microsoft.AspNetCore.Mvc.Rendering.SelectListItem> NetworkChoices { get; private set; } = [];

    [BindProperty]
    public CuratorForm Form { get; set; } = new();

    public async Task OnGetAsync(CancellationToken ct)
    {
        var reader = await access.ReaderAsync(ct);
        await LoadCuratorsAsync(reader, ct);
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

    /// <summary>The platform administrator appoints the curators of each network.</summary>
    public async Task<IActionResult> OnPostAppointAsync(CancellationToken ct)
    {
        var reader = await access.ReaderAsync(ct);
        if (!reader.IsPlatformAdministrator)
        {
            return NotFound();
        }

        var email = Form.Email?.Trim().ToUpperInvariant();
        var userId = string.IsNullOrEmpty(email) ? null : await db.Users.Where(u => u.NormalizedEmail == email).Select(u => (Guid?)u.Id).FirstOrDefaultAsync(ct);
        if (Form.NetworkId is not { } networkId || !await db.Networks.AnyAsync(n => n.Id == networkId, ct))
        {
            ModelState.AddModelError("Form.NetworkId", l["Choose a network."]);
        }

        if (userId is null)
        {
            ModelState.AddModelError("Form.Email", l["No account has this e-mail address."]);
        }

        if (!ModelState.IsValid)
        {
            await OnGetAsync(ct);
            return Page();
        }

        if (!await db.LibraryCurators.AnyAsync(c => c.NetworkId == Form.NetworkId && c.UserId == userId, ct))
        {
            db.LibraryCurators.Add(new LibraryCurator(Form.NetworkId!.Value, userId!.Value));
            await db.SaveChangesAsync(ct);
        }

        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostDismissAsync(Guid networkId, Guid userId, CancellationToken ct)
    {
        var reader = await access.ReaderAsync(ct);
        if (!reader.IsPlatformAdministrator)
        {
            return NotFound();
        }

        await db.LibraryCurators.Where(c => c.NetworkId == networkId && c.UserId == userId).ExecuteDeleteAsync(ct);
        return RedirectToPage();
    }

    private async Task LoadCuratorsAsync(LibraryReader reader, CancellationToken ct)
    {
        AppointsCurators = reader.IsPlatformAdministrator;
        if (!AppointsCurators)
        {
            return;
        }

        var curators = await db.LibraryCurators
            .Join(db.Networks, c => c.NetworkId, n => n.Id, (c, n) => new { c.UserId, c.NetworkId, Network = n.Name })
            .Join(db.Users, x => x.UserId, u => u.Id, (x, u) => new { x.NetworkId, x.Network, x.UserId, u.DisplayName, u.Email })
            .ToListAsync(ct);
        Curators = [.. curators.OrderBy(c => c.Network, StringComparer.CurrentCulture).ThenBy(c => c.DisplayName, StringComparer.CurrentCulture)
            .Select(c => new CuratorRow(c.NetworkId, c.Network, c.UserId, c.DisplayName, c.Email ?? ""))];
        NetworkChoices = [new(l["Choose a network"], ""), .. (await db.Networks.OrderBy(n => n.Name).Select(n => new { n.Id, n.Name }).ToListAsync(ct)).Select(n => new Microsoft.AspNetCore.Mvc.Rendering.SelectListItem(n.Name, n.Id.ToString()))];
    }

    public sealed record CuratorRow(Guid NetworkId, string Network, Guid UserId, string Name, string Email);

    public sealed class CuratorForm
    {
        public Guid? NetworkId { get; set; }

        [System.ComponentModel.DataAnnotations.StringLength(256, ErrorMessage = "The e-mail address must be 256 characters or fewer.")]
        public string? Email { get; set; }
    }

    public sealed record SharingRow(string Uid, string Title, string Organisation, LibraryVisibility Requested, string? Network);

    public sealed record CommentRow(Guid Id, string Uid, CommentKind Kind, string Html);
}
