using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Paritas.Web.Data;
using Paritas.Web.Features.Accounts;

namespace Paritas.Web.Features.Account;

/// <summary>A person's own API tokens in the organisation they are working in.</summary>
[Authorize(Policy = Policies.Member)]
public sealed class TokensModel(AppDbContext db, TokenIssuer issuer, CurrentUser me, TimeProvider clock, IStringLocalizer<SharedResource> l) : PageModel
{
    public const int DefaultDays = 90;

    [BindProperty]
    public CreateTokenForm Form { get; set; } = new();

    public IReadOnlyList<TokenRow> Tokens { get; private set; } = [];

    public string OrganisationName { get; private set; } = "";

    public int MaximumDays => issuer.MaximumDays;

    /// <summary>The token just created: shown in this one response and never again.</summary>
    public string? NewToken { get; private set; }

    public bool Revoked { get; private set; }

    public DateTimeOffset Now { get; private set; }

    public async Task OnGetAsync(bool revoked, CancellationToken ct)
    {
        Revoked = revoked;
        Form.Days = Math.Min(DefaultDays, MaximumDays);
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (Form.Days is { } days && days > MaximumDays)
        {
            ModelState.AddModelError(nameof(Form) + "." + nameof(Form.Days), l["Enter a number of days from 1 to {0}.", MaximumDays]);
        }

        if (!ModelState.IsValid)
        {
            await LoadAsync(ct);
            return Page();
        }

        NewToken = await issuer.CreateAsync(me.RequiredId, me.RequiredOrganisationId, Form.Name!.Trim(), Form.Days!.Value, ct);
        // The secret is in this page: no cache may keep it.
        Response.Headers.CacheControl = "no-store";
        ModelState.Clear();
        Form = new CreateTokenForm { Days = Math.Min(DefaultDays, MaximumDays) };
        await LoadAsync(ct);
        return Page();
    }

    /// <summary>Only the person's own token in this organisation: any other id is simply not found.</summary>
    public async Task<IActionResult> OnPostRevokeAsync(Guid id, CancellationToken ct)
        => await issuer.RevokeAsync(me.RequiredId, id, ct) ? RedirectToPage(new { revoked = true }) : NotFound();

    private async Task LoadAsync(CancellationToken ct)
    {
        Now = clock.GetUtcNow();
        var userId = me.RequiredId;
        var organisationId = me.RequiredOrganisationId;
        OrganisationName = await db.Organisations.Where(o => o.Id == organisationId).Select(o => o.Name).FirstAsync(ct);
        var rows = await db.PersonalAccessTokens
            .Where(t => t.UserId == userId)
            .Select(t => new TokenRow(t.Id, t.Name, t.Prefix, t.CreatedAt, t.ExpiresAt, t.LastUsedOn, t.RevokedAt))
            .ToListAsync(ct);
        // Sorted here: SQLite cannot order by DateTimeOffset.
        Tokens = [.. rows.OrderByDescending(t => t.CreatedAt)];
    }

    public sealed record TokenRow(Guid Id, string Name, string Prefix, DateTimeOffset CreatedAt, DateTimeOffset ExpiresAt, DateTimeOffset? LastUsedOn, DateTimeOffset? RevokedAt)
    {
        public bool IsActive(DateTimeOffset now) => RevokedAt is null && now < ExpiresAt;
    }

    public sealed class CreateTokenForm
    {
        [Required(ErrorMessage = "Enter a name for the token.")]
        [StringLength(100, ErrorMessage = "The name can be at most 100 characters long.")]
        public string? Name { get; set; }

        [Required(ErrorMessage = "Enter how many days the token should work.")]
        [Range(1, 366, ErrorMessage = "Enter a number of days from 1 to 366.")]
        public int? Days { get; set; }
    }
}
