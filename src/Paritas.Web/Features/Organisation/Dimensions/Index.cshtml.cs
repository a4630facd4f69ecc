using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Paritas.Web.Data;
using Paritas.Web.Features.Accounts;
using Paritas.Web.Features.Organisations;

namespace Paritas.Web.Features.Organisations.Dimensions;

/// <summary>The organisation's workforce dimensions: at most one of each kind, each with a few coarse groups.</summary>
public sealed class IndexModel(AppDbContext db, WorkforceDimensionChanges changes, CurrentUser me, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty]
    public DimensionForm Form { get; set; } = new();

    public IReadOnlyList<DimensionRow> Dimensions { get; private set; } = [];

    public IEnumerable<SelectListItem> FreeKinds => [new SelectListItem(l["Choose a kind"], ""), .. Enum.GetValues<WorkforceDimensionKind>()
        .Where(k => Dimensions.All(d => d.Kind != k))
        .Select(k => new SelectListItem(l[WorkforceDimensionKindNames.Of(k)], k.ToString()))];

    [TempData]
    public string? Notice { get; set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var result = await changes.AddDimensionAsync(me.RequiredOrganisationId, Form.Kind, Form.Name, ct);
        if (!result.Succeeded)
        {
            result.CopyTo(ModelState, nameof(Form));
            await LoadAsync(ct);
            return Page();
        }

        Notice = l["The dimension was added. Now add its groups."];
        return RedirectToPage("Details", new { id = result.Id });
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var dimensions = await db.WorkforceDimensions.Select(d => new { d.Id, d.Kind, d.Name }).ToListAsync(ct);
        var groups = await db.WorkforceGroups.Select(g => new { g.DimensionId, g.Code, g.Name }).ToListAsync(ct);
        Dimensions = [.. dimensions.OrderBy(d => d.Kind).Select(d => new DimensionRow(
            d.Id,
            d.Kind,
            d.Name,
            [.. groups.Where(g => g.DimensionId == d.Id).OrderBy(g => g.Code, StringComparer.Ordinal).Select(g => g.Name)]))];
    }

    public sealed class DimensionForm
    {
        public string? Kind { get; set; }

        public string? Name { get; set; }
    }

    public sealed record DimensionRow(Guid Id, WorkforceDimensionKind Kind, string Name, IReadOnlyList<string> Groups);
}
