using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Paritas.Web.Data;
using Paritas.Web.Features.Organisations;

namespace Paritas.Web.Features.Organisations.Dimensions;

/// <summary>One group of a dimension: renamed here, or removed. Its code stays, as HR exports use it.</summary>
public sealed class GroupModel(AppDbContext db, WorkforceDimensionChanges changes, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public RenameForm Form { get; set; } = new();

    public GroupView? Group { get; private set; }

    [TempData]
    public string? Notice { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        Form.Name = Group!.Name;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        var result = await changes.RenameGroupAsync(Id, Form.Name, ct);
        if (!result.Succeeded)
        {
            result.CopyTo(ModelState, nameof(Form));
            return Page();
        }

        Notice = l["The group was renamed."];
        return RedirectToPage("Details", new { id = Group!.DimensionId });
    }

    public async Task<IActionResult> OnPostRemoveAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        await changes.RemoveGroupAsync(Id, ct);
        Notice = l["The group was removed."];
        return RedirectToPage("Details", new { id = Group!.DimensionId });
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        Group = await db.WorkforceGroups.Where(g => g.Id == Id)
            .Join(db.WorkforceDimensions, g => g.DimensionId, d => d.Id, (g, d) => new GroupView(g.DimensionId, d.Name, g.Code, g.Name))
            .FirstOrDefaultAsync(ct);
        return Group is not null;
    }

    public sealed class RenameForm
    {
        public string? Name { get; set; }
    }

    public sealed record GroupView(Guid DimensionId, string DimensionName, string Code, string Name);
}
