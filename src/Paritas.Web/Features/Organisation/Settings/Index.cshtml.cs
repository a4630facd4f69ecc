using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Paritas.Web.Data;
using Paritas.Web.Features.Accounts;

namespace Paritas.Web.Features.Organisations.Settings;

/// <summary>
/// The organisation's name and its minimum group sizes. The floors protect workers everywhere, so a
/// lower value is refused with a message rather than quietly raised.
/// </summary>
public sealed class IndexModel(AppDbContext db, CurrentUser me, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty]
    public SettingsForm Form { get; set; } = new();

    public string Slug { get; private set; } = "";

    public int SurveyFloor => Organisation.SurveyFloor;

    public int HealthFloor => Organisation.HealthFloor;

    [TempData]
    public string? Notice { get; set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var organisation = await LoadAsync(ct);
        Form.Name = organisation.Name;
        Form.MinimumSurveyGroup = organisation.MinimumSurveyGroup;
        Form.MinimumHealthGroup = organisation.MinimumHealthGroup;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var organisation = await LoadAsync(ct);
        if (Form.MinimumSurveyGroup is { } survey && survey < Organisation.SurveyFloor)
        {
            ModelState.AddModelError(nameof(Form) + "." + nameof(Form.MinimumSurveyGroup), l["The minimum group for survey results cannot be lower than {0}.", Organisation.SurveyFloor]);
        }

        if (Form.MinimumHealthGroup is { } health && health < Organisation.HealthFloor)
        {
            ModelState.AddModelError(nameof(Form) + "." + nameof(Form.MinimumHealthGroup), l["The minimum group for absence, health and training figures cannot be lower than {0}.", Organisation.HealthFloor]);
        }

        var name = Form.Name?.Trim() ?? "";
        if (ModelState.IsValid && name.Length == 0)
        {
            ModelState.AddModelError(nameof(Form) + "." + nameof(Form.Name), l["Enter the organisation's name."]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        organisation.Rename(name);
        organisation.SetMinimumGroups(Form.MinimumSurveyGroup!.Value, Form.MinimumHealthGroup!.Value);
        await db.SaveChangesAsync(ct);
        Notice = l["The settings were saved."];
        return RedirectToPage();
    }

    private async Task<Organisation> LoadAsync(CancellationToken ct)
    {
        var orgId = me.RequiredOrganisationId;
        var organisation = await db.Organisations.FirstAsync(o => o.Id == orgId, ct);
        Slug = organisation.Slug;
        return organisation;
    }

    public sealed class SettingsForm
    {
        [Required(ErrorMessage = "Enter the organisation's name.")]
        [StringLength(200, ErrorMessage = "The name can be at most 200 characters long.")]
        public string? Name { get; set; }

        [Required(ErrorMessage = "Enter the minimum group for survey results.")]
        [Range(int.MinValue, 1000, ErrorMessage = "The minimum group can be at most 1,000.")]
        public int? MinimumSurveyGroup { get; set; }

        [Required(ErrorMessage = "Enter the minimum group for absence, health and training figures.")]
        [Range(int.MinValue, 1000, ErrorMessage = "The minimum group can be at most 1,000.")]
        public int? MinimumHealthGroup { get; set; }
    }
}
