using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Paritas.Web.Data;
using Paritas.Web.Features.Accounts;
using Paritas.Web.Features.Agreements;
using Paritas.Web.Features.Audit;
using Paritas.Web.Features.Organisations;

namespace Paritas.Web.Features.Concerns;

/// <summary>One concern for the joint committee: triage, messages, status and outcome, links to obligations, and the sealed identity.</summary>
[Authorize(Policy = Policies.JointCommittee)]
public sealed class DetailsModel(AppDbContext db, ConcernVault vault, CommitteeKeyRing ring, CurrentUser me, AuditTrail audit, IStringLocalizer<SharedResource> l) : PageModel
{
    public ConcernView Concern { get; private set; } = null!;

    public string? Text { get; private set; }

    public bool IsUnlocked { get; private set; }

    public bool CanRead => Text is not null;

    public IReadOnlyList<MessageView> Messages { get; private set; } = [];

    public IReadOnlyList<Guid> Photos { get; private set; } = [];

    public IReadOnlyList<SelectListItem> Obligations { get; private set; } = [];

    public IReadOnlyList<string> LinkedObligations { get; private set; } = [];

    public IReadOnlyList<Side> Approvals { get; private set; } = [];

    public Side? MySide { get; private set; }

    public ReporterIdentity? OpenedIdentity { get; private set; }

    [BindProperty]
    public string? MessageText { get; set; }

    [BindProperty]
    public bool Internal { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnGetPhotoAsync(Guid id, Guid attachment, CancellationToken ct)
    {
        if (!await CommitteeSeats.HasSeatAsync(db, me.Id, ct) || await ContentKeyAsync(id, ct) is not { } key)
        {
            return NotFound();
        }

        var photo = await db.ConcernAttachments.AsNoTracking().FirstOrDefaultAsync(a => a.Id == attachment && a.ConcernId == id, ct);
        return photo is not null && ConcernSeal.Decrypt(key, photo.Body, photo.Context) is { } bytes ? File(bytes, photo.ContentType) : NotFound();
    }

    public Task<IActionResult> OnPostAcknowledgeAsync(Guid id, CancellationToken ct) => ActAsync(id, (c, terms) => c.Acknowledge(vault.Today, terms), ct);

    public Task<IActionResult> OnPostStartAsync(Guid id, CancellationToken ct) => ActAsync(id, (c, terms) => c.StartWork(vault.Today, terms), ct);

    public Task<IActionResult> OnPostAssignAsync(Guid id, string? side, CancellationToken ct)
        => ActAsync(id, (c, _) => c.Assign(Enum.TryParse<Side>(side, out var s) ? s : null), ct);

    public Task<IActionResult> OnPostCloseAsync(Guid id, ConcernOutcome? outcome, CancellationToken ct)
    {
        if (outcome is not { } o || !Enum.IsDefined(o))
        {
            ModelState.AddModelError("outcome", l["Choose the outcome."]);
            return ReloadAsync(id, ct);
        }

        return ActAsync(id, (c, _) => c.Close(o, vault.Today), ct);
    }

    public async Task<IActionResult> OnPostLinkAsync(Guid id, Guid? obligationId, CancellationToken ct)
    {
        var concern = await db.Concerns.FirstOrDefaultAsync(c => c.Id == id, ct);
        if (concern is null || !await CommitteeSeats.HasSeatAsync(db, me.Id, ct))
        {
            return NotFound();
        }

        if (obligationId is not { } o || !await db.Obligations.AnyAsync(x => x.Id == o && x.ChangeId == concern.ChangeId, ct))
        {
            ModelState.AddModelError("obligationId", l["Choose an obligation of this change."]);
            return await ReloadAsync(id, ct);
        }

        if (!await db.ConcernObligations.AnyAsync(x => x.ConcernId == id && x.ObligationId == o, ct))
        {
            db.ConcernObligations.Add(new ConcernObligation(concern.OrganisationId, id, o));
            await db.SaveChangesAsync(ct);
        }

        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostMessageAsync(Guid id, CancellationToken ct)
    {
        var concern = await db.Concerns.FirstOrDefaultAsync(c => c.Id == id, ct);
        if (concern is null || !await CommitteeSeats.HasSeatAsync(db, me.Id, ct))
        {
            return NotFound();
        }

        var text = MessageText?.Trim();
        if (string.IsNullOrEmpty(text) || text.Length > ConcernMessage.TextLength)
        {
            ModelState.AddModelError(nameof(MessageText), l["Write the message (at most 8,000 characters)."]);
            return await ReloadAsync(id, ct);
        }

        if (await ContentKeyAsync(id, ct) is not { } key)
        {
            ModelState.AddModelError(nameof(MessageText), l["Unlock your concern key to write to the reporter."]);
            return await ReloadAsync(id, ct);
        }

        var side = await CommitteeSeats.SideOfAsync(db, me.Id, ct);
        var message = ConcernMessage.ByCommittee(concern, me.RequiredId, side, Internal, vault.Today);
        message.Seal(ConcernVault.SealMessage(key, message, text));
        db.ConcernMessages.Add(message);
        if (!Internal)
        {
            concern.Answered(vault.Today, await vault.TermsAsync(ct));
        }

        await db.SaveChangesAsync(ct);
        return RedirectToPage(new { id });
    }

    /// <summary>
    /// One side's approval to open the reporter's identity. The approving member's half of the
    /// identity key is sealed on to the other side's custodians; once both sides have approved,
    /// a custodian of either side can open it, and every opening is written to the audit trail.
    /// </summary>
    public async Task<IActionResult> OnPostIdentityAsync(Guid id, CancellationToken ct)
    {
        var concern = await db.Concerns.FirstOrDefaultAsync(c => c.Id == id, ct);
        var side = await CommitteeSeats.SideOfAsync(db, me.Id, ct);
        var key = ring.Unlocked(me.OrganisationId, me.Id);
        if (concern is null || side is null)
        {
            return NotFound();
        }

        if (concern.Identity is null || key is null)
        {
            ModelState.AddModelError(string.Empty, l["Unlock your concern key to take part in opening the identity."]);
            return await ReloadAsync(id, ct);
        }

        var ownPurpose = side == Side.Employer ? SharePurpose.IdentityEmployerHalf : SharePurpose.IdentityWorkersHalf;
        var shares = await db.ConcernKeyShares.AsNoTracking().Where(s => s.ConcernId == id && s.CommitteeKeyId == key.KeyId).ToListAsync(ct);
        var own = shares.FirstOrDefault(s => s.Purpose == ownPurpose) is { } o ? ConcernSeal.OpenWith(key.PrivateKey, o.SealedKey, ConcernKeyShare.ContextOf(id, ownPurpose)) : null;
        if (own is null)
        {
            ModelState.AddModelError(string.Empty, l["Your key holds no part of this identity: it was sealed before you set up your key."]);
            return await ReloadAsync(id, ct);
        }

        var approvals = await db.IdentityApprovals.Where(a => a.ConcernId == id).Select(a => a.Side).ToListAsync(ct);
        if (!approvals.Contains(side.Value))
        {
            db.IdentityApprovals.Add(new IdentityApproval(concern.OrganisationId, id, side.Value, me.RequiredId, vault.Today));
            var others = (await CommitteeSeats.RecipientsAsync(db, ct)).Where(r => r.Side != side.Value).ToList();
            var existing = await db.ConcernKeyShares.Where(s => s.ConcernId == id && s.Purpose == SharePurpose.IdentityReleasedHalf).Select(s => s.CommitteeKeyId).ToListAsync(ct);
            foreach (var r in others.Where(r => !existing.Contains(r.KeyId)))
            {
                db.ConcernKeyShares.Add(new ConcernKeyShare(concern.OrganisationId, id, r.KeyId, SharePurpose.IdentityReleasedHalf, ConcernSeal.SealTo(r.PublicKey, own, ConcernKeyShare.ContextOf(id, SharePurpose.IdentityReleasedHalf))));
            }

            await db.SaveChangesAsync(ct);
            await audit.AppendAsync(new AuditRecord(AuditActions.ConcernIdentityApproved, me.Id, me.Role?.ToString(), concern.OrganisationId, "concerns", Outcome: side.Value.ToString(), Subject: id.ToString("D")), ct);
            approvals.Add(side.Value);
        }

        var released = shares.FirstOrDefault(s => s.Purpose == SharePurpose.IdentityReleasedHalf) is { } r2
            ? ConcernSeal.OpenWith(key.PrivateKey, r2.SealedKey, ConcernKeyShare.ContextOf(id, SharePurpose.IdentityReleasedHalf))
            : null;
        if (approvals.Count >= 2 && released is not null)
        {
            OpenedIdentity = ConcernVault.OpenIdentity(concern, own, released);
            await audit.AppendAsync(new AuditRecord(AuditActions.ConcernIdentityOpened, me.Id, me.Role?.ToString(), concern.OrganisationId, "concerns", Outcome: OpenedIdentity is null ? "failed" : "opened", Subject: id.ToString("D")), ct);
        }

        await LoadAsync(id, ct);
        return Page();
    }

    private async Task<IActionResult> ActAsync(Guid id, Action<Concern, ConcernTerms> act, CancellationToken ct)
    {
        var concern = await db.Concerns.FirstOrDefaultAsync(c => c.Id == id, ct);
        if (concern is null || !await CommitteeSeats.HasSeatAsync(db, me.Id, ct))
        {
            return NotFound();
        }

        act(concern, await vault.TermsAsync(ct));
        await db.SaveChangesAsync(ct);
        return RedirectToPage(new { id });
    }

    private async Task<IActionResult> ReloadAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    private async Task<byte[]?> ContentKeyAsync(Guid id, CancellationToken ct)
        => ring.Unlocked(me.OrganisationId, me.Id) is { } key ? await vault.OpenByMemberAsync(id, key, ct) : null;

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        // Only people seated on a joint committee see concerns; a role alone is not enough.
        if (!await CommitteeSeats.HasSeatAsync(db, me.Id, ct))
        {
            return false;
        }

        var concern = await db.Concerns.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, ct);
        if (concern is null)
        {
            return false;
        }

        var today = vault.Today;
        var change = await db.DigitalChanges.Where(c => c.Id == concern.ChangeId).Select(c => c.Title).FirstAsync(ct);
        var unit = concern.UnitId is { } u ? await db.Units.Where(x => x.Id == u).Select(x => x.Name).FirstOrDefaultAsync(ct) : null;
        Concern = new ConcernView(concern.Id, concern.ChangeId, change, unit, concern.Category, concern.Status, concern.Outcome, concern.Reporter, concern.FieldFeedback, concern.IdentityDisclosedLater, concern.AssignedSide,
            concern.ReceivedOn, concern.AcknowledgedOn, concern.AnsweredOn, concern.ClosedOn, concern.AcknowledgementDueOn, concern.FeedbackDueOn, concern.AcknowledgementOverdue(today), concern.FeedbackOverdue(today), concern.IsDirective, concern.Identity is not null);
        MySide = await CommitteeSeats.SideOfAsync(db, me.Id, ct);
        Approvals = await db.IdentityApprovals.Where(a => a.ConcernId == id).Select(a => a.Side).ToListAsync(ct);
        IsUnlocked = ring.Unlocked(me.OrganisationId, me.Id) is not null;
        var obligations = await db.Obligations.Where(o => o.ChangeId == concern.ChangeId).Select(o => new { o.Id, o.Kind, o.DueOn }).ToListAsync(ct);
        var linked = await db.ConcernObligations.Where(x => x.ConcernId == id).Select(x => x.ObligationId).ToListAsync(ct);
        string Name(ObligationKind kind, DateOnly? due) => due is { } d ? $"{l[AgreementNames.Of(kind)]} ({d:d})" : l[AgreementNames.Of(kind)];
        Obligations = [.. obligations.Where(o => !linked.Contains(o.Id)).Select(o => new SelectListItem(Name(o.Kind, o.DueOn), o.Id.ToString()))];
        LinkedObligations = [.. obligations.Where(o => linked.Contains(o.Id)).Select(o => Name(o.Kind, o.DueOn))];
        if (await ContentKeyAsync(id, ct) is { } key)
        {
            Text = ConcernVault.ReadText(key, concern);
            var messages = await db.ConcernMessages.AsNoTracking().Where(m => m.ConcernId == id).OrderBy(m => m.Sequence).ToListAsync(ct);
            var authorIds = messages.Where(m => m.AuthorUserId != null).Select(m => m.AuthorUserId!.Value).Distinct().ToList();
            var authors = await db.Users.Where(x => authorIds.Contains(x.Id)).Select(x => new { x.Id, x.DisplayName }).ToListAsync(ct);
            Messages = [.. messages.Select(m => new MessageView(m.FromReporter, m.InternalToCommittee, authors.FirstOrDefault(a => a.Id == m.AuthorUserId)?.DisplayName, m.AuthorSide, m.WrittenOn, ConcernSeal.DecryptText(key, m.Body, m.Context) ?? ""))];
            Photos = await db.ConcernAttachments.Where(a => a.ConcernId == id).Select(a => a.Id).ToListAsync(ct);
        }

        return true;
    }

    public sealed record ConcernView(
        Guid Id,
        Guid ChangeId,
        string Change,
        string? Unit,
        ConcernCategory Category,
        ConcernStatus Status,
        ConcernOutcome? Outcome,
        ReporterChoice Reporter,
        bool FieldFeedback,
        bool DisclosedLater,
        Side? AssignedSide,
        DateOnly ReceivedOn,
        DateOnly? AcknowledgedOn,
        DateOnly? AnsweredOn,
        DateOnly? ClosedOn,
        DateOnly AcknowledgementDueOn,
        DateOnly FeedbackDueOn,
        bool AcknowledgementOverdue,
        bool FeedbackOverdue,
        bool IsDirective,
        bool HasIdentity);

    public sealed record MessageView(bool FromReporter, bool Internal, string? Author, Side? Side, DateOnly On, string Text);
}
