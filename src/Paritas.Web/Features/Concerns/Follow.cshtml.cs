using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Paritas.Web.Data;

namespace Paritas.Web.Features.Concerns;

/// <summary>
/// A reporter reads the committee's answers and replies, with the receipt and only with it. The
/// receipt travels in the body of each post (never in an address); every post checks it again,
/// and wrong receipts make the session wait longer each time.
/// </summary>
[AllowAnonymous]
public sealed class FollowModel(AppDbContext db, ConcernVault vault, ReceiptThrottle throttle, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty]
    public FollowForm Form { get; set; } = new();

    public FollowView? Concern { get; private set; }

    public void OnGet() => ReporterSession.Ensure(HttpContext);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await OpenAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostReplyAsync(CancellationToken ct)
    {
        var access = await OpenAsync(ct);
        if (access is null)
        {
            return Page();
        }

        var text = Form.Reply?.Trim();
        if (string.IsNullOrEmpty(text) || text.Length > ConcernMessage.TextLength)
        {
            ModelState.AddModelError("Form.Reply", l["Write your reply (at most 8,000 characters)."]);
            return Page();
        }

        var concern = await db.Concerns.FirstAsync(c => c.Id == access.ConcernId, ct);
        var message = ConcernMessage.ByReporter(concern, vault.Today);
        message.Seal(ConcernVault.SealMessage(access.ContentKey, message, text));
        db.ConcernMessages.Add(message);
        await db.SaveChangesAsync(ct);
        Form.Reply = null;
        ModelState.Clear();
        await LoadAsync(access, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostDiscloseAsync(CancellationToken ct)
    {
        var access = await OpenAsync(ct);
        if (access is null)
        {
            return Page();
        }

        if (string.IsNullOrWhiteSpace(Form.Name) || Form.Name.Length > 200 || Form.Contact?.Length > 200)
        {
            ModelState.AddModelError("Form.Name", l["Enter your name to give it."]);
            return Page();
        }

        var concern = await db.Concerns.FirstAsync(c => c.Id == access.ConcernId, ct);
        if (concern.Reporter != ReporterChoice.Named)
        {
            await vault.DiscloseAsync(concern, new ReporterIdentity(Form.Name.Trim(), string.IsNullOrWhiteSpace(Form.Contact) ? null : Form.Contact.Trim()), ct);
        }

        ModelState.Clear();
        await LoadAsync(access, ct);
        return Page();
    }

    private async Task<ReceiptAccess?> OpenAsync(CancellationToken ct)
    {
        var session = ReporterSession.Of(HttpContext);
        var wait = throttle.WaitFor(session);
        if (wait > TimeSpan.Zero)
        {
            ModelState.AddModelError("Form.Receipt", l["Too many wrong receipts. Wait {0} seconds and try again.", Math.Ceiling(wait.TotalSeconds)]);
            return null;
        }

        var receipt = Receipt.Parse(Form.Receipt);
        var access = receipt is null ? null : await vault.OpenByReceiptAsync(receipt, ct);
        if (access is null)
        {
            throttle.Failed(session);
            ModelState.AddModelError("Form.Receipt", l["No concern matches this receipt. Check it and try again."]);
            return null;
        }

        throttle.Succeeded(session);
        // The receipt named the organisation; from here on everything runs under its filter.
        db.Tenant.SetOrganisation(access.OrganisationId);
        await vault.ShareWithCommitteeAsync(access.OrganisationId, access.ConcernId, access.ContentKey, ct);
        await LoadAsync(access, ct);
        return access;
    }

    private async Task LoadAsync(ReceiptAccess access, CancellationToken ct)
    {
        var concern = await db.Concerns.AsNoTracking().FirstAsync(c => c.Id == access.ConcernId, ct);
        var change = await db.DigitalChanges.Where(c => c.Id == concern.ChangeId).Select(c => c.Title).FirstOrDefaultAsync(ct) ?? "";
        var messages = await db.ConcernMessages.AsNoTracking().Where(m => m.ConcernId == concern.Id && !m.InternalToCommittee).OrderBy(m => m.Sequence).ToListAsync(ct);
        Concern = new FollowView(
            change,
            concern.Category,
            concern.Status,
            concern.Outcome,
            concern.ReceivedOn,
            concern.AcknowledgedOn,
            concern.FeedbackDueOn,
            concern.Reporter,
            ConcernVault.ReadText(access.ContentKey, concern) ?? "",
            [.. messages.Select(m => new FollowMessage(m.FromReporter, m.WrittenOn, ConcernSeal.DecryptText(access.ContentKey, m.Body, m.Context) ?? ""))]);
    }

    public sealed class FollowForm
    {
        [Required(ErrorMessage = "Enter your receipt.")]
        public string? Receipt { get; set; }

        public string? Reply { get; set; }

        public string? Name { get; set; }

        public string? Contact { get; set; }
    }

    public sealed record FollowView(string Change, ConcernCategory Category, ConcernStatus Status, ConcernOutcome? Outcome, DateOnly ReceivedOn, DateOnly? AcknowledgedOn, DateOnly FeedbackDueOn, ReporterChoice Reporter, string Text, IReadOnlyList<FollowMessage> Messages);

    public sealed record FollowMessage(bool FromReporter, DateOnly On, string Text);
}
