using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Paritas.Web.Data;
using Paritas.Web.Features.Accounts;
using Paritas.Web.Features.Audit;

namespace Paritas.Web.Features.Training;

/// <summary>
/// Delivered hours entered as totals per unit, month and group — for organisations without a
/// file to import. A second entry for the same unit, month and group replaces the first.
/// </summary>
public sealed class EnterModel(AppDbContext db, TrainingPlans plans, AuditTrail audit, CurrentUser me, IStringLocalizer<SharedResource> l) : PageModel
{
    public const string EnteredAction = "training-entered";

    [BindProperty]
    public EnterForm Form { get; set; } = new();

    public IReadOnlyList<SelectListItem> Units { get; private set; } = [];

    public IReadOnlyList<SelectListItem> Groups { get; private set; } = [];

    [TempData]
    public string? Notice { get; set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        var unit = Guid.TryParse(Form.UnitId, out var unitId) ? await db.Units.Where(u => u.Id == unitId).Select(u => (Guid?)u.Id).FirstOrDefaultAsync(ct) : null;
        if (unit is null)
        {
            ModelState.AddModelError("Form.UnitId", l["Choose a unit."]);
        }

        if (!DateOnly.TryParseExact((Form.Month ?? "").Trim() + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month))
        {
            ModelState.AddModelError("Form.Month", l["Enter the month as YYYY-MM, for example 2024-01."]);
        }

        var group = (await plans.GroupsAsync(ct)).FirstOrDefault(g => string.Equals(g.Key, Form.Group, StringComparison.Ordinal));
        if (!string.IsNullOrEmpty(Form.Group) && group.Key is null)
        {
            ModelState.AddModelError("Form.Group", l["Choose one of the workforce groups of your organisation, or everyone affected."]);
        }

        if (Form.PeopleTrained is { } people && Form.Hours is { } hours && people > 0 && hours < people * 0.1)
        {
            ModelState.AddModelError("Form.Hours", l["The hours must be at least a tenth of an hour for each person trained."]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var (dimension, code) = group.Key is null ? ("", "") : (group.Dimension, group.Code);
        var existing = await db.Set<DeliveredHoursCell>().FirstOrDefaultAsync(c => c.UnitId == unit!.Value && c.Month == month && c.Dimension == dimension && c.GroupCode == code
            && c.Activity == "" && c.Source == DeliveredHoursSource.Entered, ct);
        if (existing is null)
        {
            db.Add(new DeliveredHoursCell(me.RequiredOrganisationId, unit!.Value, month, dimension, code, "", DeliveredHoursSource.Entered, Form.Hours!.Value, Form.PeopleTrained!.Value));
        }
        else
        {
            existing.Replace(Form.Hours!.Value, Form.PeopleTrained!.Value);
        }

        await db.SaveChangesAsync(ct);
        await audit.AppendAsync(new AuditRecord(EnteredAction, me.Id, me.Role?.ToString(), me.RequiredOrganisationId, TrainingLedgerDataset.Name,
            dimension.Length == 0 ? "unit × month" : $"unit × month × {dimension}", "entered"), ct);
        Notice = l["The delivered hours are saved."];
        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Units = [.. (await db.Units.OrderBy(u => u.Code).Select(u => new { u.Id, u.Code, u.Name }).ToListAsync(ct)).Select(u => new SelectListItem($"{u.Name} ({u.Code})", u.Id.ToString()))];
        Groups = [new SelectListItem(l["Everyone"], ""), .. (await plans.GroupsAsync(ct)).Select(g => new SelectListItem($"{l[g.Dimension]}: {g.Name} ({g.Code})", g.Key))];
    }

    public sealed class EnterForm
    {
        [Required(ErrorMessage = "Choose a unit.")]
        public string? UnitId { get; set; }

        [Required(ErrorMessage = "Enter the month as YYYY-MM, for example 2024-01.")]
        public string? Month { get; set; }

        public string? Group { get; set; }

        [Required(ErrorMessage = "Enter the hours delivered, from 0 to 1,000,000.")]
        [Range(0, 1_000_000, ErrorMessage = "Enter the hours delivered, from 0 to 1,000,000.")]
        public double? Hours { get; set; }

        [Required(ErrorMessage = "Enter how many people were trained, from 0 to 100,000.")]
        [Range(0, 100_000, ErrorMessage = "Enter how many people were trained, from 0 to 100,000.")]
        public int? PeopleTrained { get; set; }
    }
}
