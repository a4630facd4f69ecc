using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Paritas.Web.Data;
using Paritas.Web.Features.Accounts;
using Paritas.Web.Features.Agreements;
using Paritas.Web.Features.Library.Exchange;

namespace Paritas.Web.Features.Library;

/// <summary>One case or clause in one language, with its other languages a link away.</summary>
public sealed class ItemModel(AppDbContext db, LibraryAccess access, ClauseAdoption adoption, IAuthorizationService authorization, TimeProvider clock, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty]
    public CommentForm Form { get; set; } = new();

    public LibraryItem Item { get; private set; } = null!;

    public LibraryTranslation Shown { get; private set; } = null!;

    public string ReaderLanguage { get; private set; } = "en";

    public LibraryReader Reader { get; private set; } = LibraryReader.Anonymous;

    public string BodyHtml { get; private set; } = "";

    public RuleSpec? Rule { get; private set; }

    public string? LinkedChangeTitle { get; private set; }

    public bool MayAdopt { get; private set; }

    public IReadOnlyList<CommentRow> Comments { get; private set; } = [];

    public IReadOnlyList<NetworkChoice> Networks { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string uid, string? lang, CancellationToken ct)
        => await LoadAsync(uid, lang, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostUseAsync(string uid, string? lang, CancellationToken ct)
    {
        if (!await LoadAsync(uid, lang, ct) || Item.Kind != LibraryItemKind.ModelClause)
        {
            return NotFound();
        }

        if (Reader.UserId is not { } userId)
        {
            return Challenge();
        }

        if (!MayAdopt)
        {
            return Forbid();
        }

        if (!ClauseAdoption.Fits(Shown))
        {
            ModelState.AddModelError("", l["This clause is too long to copy into an agreement (at most 8000 characters)."]);
            return Page();
        }

        var agreement = await adoption.AdoptAsync(Item, Shown, l["Copied from the Paritas library: {0}", Shown.Title], userId, ct);
        return Redirect($"/Agreements/Details?id={agreement.Id}");
    }

    public async Task<IActionResult> OnPostCommentAsync(string uid, string? lang, CancellationToken ct)
    {
        if (!await LoadAsync(uid, lang, ct))
        {
            return NotFound();
        }

        if (Reader.UserId is not { } userId || Reader.OrganisationId is not { } organisationId)
        {
            return Challenge();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        db.LibraryComments.Add(new LibraryComment(Item.Id, Form.Endorsement ? CommentKind.Endorsement : CommentKind.Comment, userId, organisationId, Form.Text!.Trim(), clock.GetUtcNow()));
        await db.SaveChangesAsync(ct);
        TempData["LibraryCommented"] = true;
        return Redirect($"/Library/Item/{Item.Uid}?lang={Shown.Language}#comments");
    }

    public async Task<IActionResult> OnPostShareAsync(string uid, string? lang, LibraryVisibility visibility, Guid? networkId, CancellationToken ct)
    {
        if (!await LoadAsync(uid, lang, ct))
        {
            return NotFound();
        }

        if (!Reader.MayRequestSharing(Item.OwnerOrganisationId))
        {
            return Forbid();
        }

        var now = clock.GetUtcNow();
        if (visibility == LibraryVisibility.Private)
        {
            Item.MakePrivate();
            db.LibraryRevisions.Add(new LibraryRevision(Item, RevisionKind.MadePrivate, Reader.UserId, now, null, LibraryExchange.Snapshot(Item)));
        }
        else if (visibility == LibraryVisibility.Public || (visibility == LibraryVisibility.Network && networkId is { } n && Networks.Any(x => x.Id == n)))
        {
            Item.RequestSharing(visibility, networkId);
            db.LibraryRevisions.Add(new LibraryRevision(Item, RevisionKind.SharingRequested, Reader.UserId, now, visibility.ToString(), LibraryExchange.Snapshot(Item)));
        }
        else
        {
            ModelState.AddModelError("", l["Choose with whom to share the item."]);
            return Page();
        }

        await db.SaveChangesAsync(ct);
        return Redirect($"/Library/Item/{Item.Uid}?lang={Shown.Language}");
    }

    private async Task<bool> LoadAsync(string uid, string? lang, CancellationToken ct)
    {
        Reader = await access.ReaderAsync(ct);
        var item = await db.LibraryItems.Where(Reader.Visible()).Include(i => i.Translations).Include(i => i.Sources).FirstOrDefaultAsync(i => i.Uid == uid, ct);
        if (item is null || item.Translations.Count == 0)
        {
            return false;
        }

        Item = item;
        ReaderLanguage = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        Shown = item.Translation(lang ?? "") ?? item.Translation(ReaderLanguage) ?? item.Translation(item.OriginalLanguage) ?? item.Translations[0];
        BodyHtml = ClauseMarkdown.ToSafeHtml(Shown.Body);
        Rule = LibraryExchange.ReadRule(item.RuleJson)?.ToSpec();
        MayAdopt = item.Kind == LibraryItemKind.ModelClause && Reader.OrganisationId is not null
            && (await authorization.AuthorizeAsync(User, Policies.JointCommittee)).Succeeded;

        if (item.LinkedChangeId is { } changeId && Reader.OrganisationId == item.OwnerOrganisationId)
        {
            // The tenant filter applies: only the owner's members ever read the change.
            LinkedChangeTitle = await db.DigitalChanges.Where(c => c.Id == changeId).Select(c => c.Title).FirstOrDefaultAsync(ct);
        }

        var userId = Reader.UserId;
        var rows = await db.LibraryComments.Where(c => c.ItemId == item.Id && (c.State == ModerationState.Approved || (userId != null && c.AuthorUserId == userId && c.State == ModerationState.Pending)))
            .OrderBy(c => c.At).Select(c => new { c.Id, c.Kind, c.Text, c.At, c.State, c.AuthorOrganisationId }).ToListAsync(ct);
        var organisationIds = rows.Select(r => r.AuthorOrganisationId).Distinct().ToList();
        var names = await db.Organisations.Where(o => organisationIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        Comments = [.. rows.Select(r => new CommentRow(r.Id, r.Kind, ClauseMarkdown.ToSafeHtml(r.Text), r.At, r.State, names.GetValueOrDefault(r.AuthorOrganisationId) ?? ""))];

        if (Reader.MayRequestSharing(item.OwnerOrganisationId))
        {
            var networkIds = Reader.NetworkIds.ToList();
            Networks = await db.Networks.Where(n => networkIds.Contains(n.Id)).OrderBy(n => n.Name).Select(n => new NetworkChoice(n.Id, n.Name)).ToListAsync(ct);
        }

        return true;
    }

    public sealed record CommentRow(Guid Id, CommentKind Kind, string Html, DateTimeOffset At, ModerationState State, string Organisation);

    public sealed record NetworkChoice(Guid Id, string Name);

    public sealed class CommentForm
    {
        public bool Endorsement { get; set; }

        [Required(ErrorMessage = "Enter your comment.")]
        [StringLength(LibraryComment.TextLength, ErrorMessage = "The comment must be 4000 characters or fewer.")]
        public string? Text { get; set; }
    }
}
