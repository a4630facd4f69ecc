using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Paritas.Web.Data;
using Paritas.Web.Features.Accounts;

namespace Paritas.Web.Features.Concerns;

/// <summary>A committee member sets up or unlocks their concern key with a passphrase only they know.</summary>
[Authorize(Policy = Policies.JointCommittee)]
public sealed class KeyModel(AppDbContext db, CommitteeKeyRing ring, ConcernVault vault, CurrentUser me, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty]
    public KeyForm Form { get; set; } = new();

    public bool Seated { get; private set; }

    public bool HasKey { get; private set; }

    public bool IsUnlocked { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostUnlockAsync(string? returnUrl, CancellationToken ct)
    {
        await LoadAsync(ct);
        if (!Seated || !HasKey)
        {
            return Page();
        }

        if (string.IsNullOrEmpty(Form.Passphrase) || !await ring.UnlockAsync(me.RequiredOrganisationId, me.RequiredId, Form.Passphrase, ct))
        {
            ModelState.AddModelError("Form.Passphrase", l["That passphrase does not unlock your concern key."]);
            return Page();
        }

        await vault.ShareAllWithCommitteeAsync(me.RequiredOrganisationId, ring.Unlocked(me.OrganisationId, me.Id)!, ct);
        return LocalRedirect(returnUrl is { } r && Url.IsLocalUrl(r) ? r : "/Concerns");
    }

    public async Task<IActionResult> OnPostSetUpAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        if (!Seated)
        {
            return Page();
        }

        if (string.IsNullOrEmpty(Form.NewPassphrase) || Form.NewPassphrase.Length < CommitteeKey.MinimumPassphrase || Form.NewPassphrase.Length > 200)
        {
            ModelState.AddModelError("Form.NewPassphrase", l["Choose a passphrase of at least 12 characters."]);
            return Page();
        }

        if (Form.NewPassphrase != Form.Confirmation)
        {
            ModelState.AddModelError("Form.Confirmation", l["The two passphrases differ."]);
            return Page();
        }

        await ring.SetUpAsync(me.RequiredOrganisationId, me.RequiredId, Form.NewPassphrase, ct);
        return LocalRedirect("/Concerns");
    }

    public IActionResult OnPostLock()
    {
        ring.Lock();
        return LocalRedirect("/Concerns");
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Seated = await CommitteeSeats.HasSeatAsync(db, me.Id, ct);
        HasKey = me.Id is { } id && await ring.HasKeyAsync(id, ct);
        IsUnlocked = ring.Unlocked(me.OrganisationId, me.Id) is not null;
    }

    public sealed class KeyForm
    {
        [DataType(DataType.Password)]
        public string? Passphrase { get; set; }

        [DataType(DataType.Password)]
        public string? NewPassphrase { get; set; }

        [DataType(DataType.Password)]
        public string? Confirmation { get; set; }
    }
}
