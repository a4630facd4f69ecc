using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Paritas.Web.Data;
using Paritas.Web.Features.Changes;

namespace Paritas.Web.Features.Concerns.Report;

/// <summary>
/// Raising a concern, without an account, from a unit link or a poster's QR code. The address
/// names the organisation by its public short name; the page acts for that organisation only
/// (ADR 0011: it can add a concern there and list its changes and units, nothing more).
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(ConcernsExtensions.SubmitRateLimit)]
[RequestFormLimits(MultipartBodyLengthLimit = 30_000_000)]
[RequestSizeLimit(30_000_000)]
public sealed class IndexModel(AppDbContext db, ConcernIntake intake, ConcernVault vault, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty]
    public ConcernForm Form { get; set; } = new();

    public string OrganisationName { get; private set; } = "";

    public string? UnitName { get; private set; }

    public IReadOnlyList<SelectListItem> Changes { get; private set; } = [];

    public IReadOnlyList<SelectListItem> Units { get; private set; } = [];

    public IReadOnlyList<SelectListItem> Categories { get; private set; } = [];

    /// <summary>Shown once, on the response to the post; never stored, never in an address.</summary>
    public string? IssuedReceipt { get; private set; }

    public async Task<IActionResult> OnGetAsync(string organisation, Guid? unit, CancellationToken ct)
    {
        if (!await LoadAsync(organisation, unit, ct))
        {
            return NotFound();
        }

        Form.UnitId = unit;
        ReporterSession.Ensure(HttpContext);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string organisation, Guid? unit, CancellationToken ct)
    {
        if (!await LoadAsync(organisation, unit, ct))
        {
            return NotFound();
        }

        var input = await intake.CheckAsync(Form, ModelState, fieldFeedback: false, signedIn: null, ct);
        if (input is null)
        {
            return Page();
        }

        var (_, receipt) = await vault.RaiseAsync(db.Tenant.OrganisationId!.Value, input, ct);
        IssuedReceipt = receipt.Text;
        ModelState.Clear();
        Form = new ConcernForm();
        return Page();
    }

    private async Task<bool> LoadAsync(string organisation, Guid? unit, CancellationToken ct)
    {
        // Organisations are not tenant-owned: the public short name resolves to one, and from here on
        // every query runs under that organisation's filter (and row-level security), as a member's would.
        var org = await db.Organisations.Where(o => o.Slug == organisation).Select(o => new { o.Id, o.Name }).FirstOrDefaultAsync(ct);
        if (org is null)
        {
            return false;
        }

        db.Tenant.SetOrganisation(org.Id);
        OrganisationName = org.Name;
        if (unit is { } unitId)
        {
            UnitName = await db.Units.Where(u => u.Id == unitId).Select(u => u.Name).FirstOrDefaultAsync(ct);
            if (UnitName is null)
            {
                return false;
            }
        }

        var changes = await db.DigitalChanges.Where(c => c.Stage != ChangeStage.Withdrawn)
            .Select(c => new { c.Id, c.Title, ForUnit = unit != null && c.Units.Any(u => u.UnitId == unit) })
            .ToListAsync(ct);
        Changes = [new SelectListItem(l["Choose a change"], ""), .. changes.OrderByDescending(c => c.ForUnit).ThenBy(c => c.Title, StringComparer.CurrentCulture).Select(c => new SelectListItem(c.Title, c.Id.ToString()))];
        var units = await db.Units.Select(u => new { u.Id, u.Name }).ToListAsync(ct);
        Units = [new SelectListItem(l["Not stated"], ""), .. units.OrderBy(u => u.Name, StringComparer.CurrentCulture).Select(u => new SelectListItem(u.Name, u.Id.ToString()))];
        Categories = [new SelectListItem(l["Choose a category"], ""), .. Enum.GetValues<ConcernCategory>().Select(c => new SelectListItem(l[ConcernNames.Of(c)], c.ToString()))];
        return true;
    }
}
