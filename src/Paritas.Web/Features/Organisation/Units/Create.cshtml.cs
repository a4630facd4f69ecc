using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Paritas.Web.Data;
using Paritas.Web.Features.Organisations;

namespace Paritas.Web.Features.Organisations.Units;

public sealed class CreateModel(AppDbContext db, UnitEditor editor, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty]
    public UnitForm Form { get; set; } = new();

    public IReadOnlyList<SelectListItem> Sectors { get; private set; } = [];

    public IReadOnlyList<SelectListItem> Parents { get; private set; } = [];

    [TempData]
    public string? Notice { get; set; }

    /// <summary>A unit's page links here with its id, to add a unit under it.</summary>
    public async Task OnGetAsync(Guid? parentId, CancellationToken ct)
    {
        Form.ParentId = parentId;
        Form.Headcount = "0";
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var result = await editor.CreateAsync(Form.ToInput(), ct);
        if (result.Status != UnitEditStatus.Done)
        {
            UnitForm.CopyErrors(result, ModelState, nameof(Form));
            await LoadAsync(ct);
            return Page();
        }

        Notice = l["The unit was added."];
        return RedirectToPage("Index");
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Sectors = UnitChoices.Sectors(l);
        Parents = await UnitChoices.ParentsAsync(db, l, null, null, ct);
    }
}
