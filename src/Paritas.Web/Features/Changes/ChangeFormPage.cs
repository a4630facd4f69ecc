using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Paritas.Web.Data;

namespace Paritas.Web.Features.Changes;

/// <summary>What the register and edit pages share: the form, its choices, and how the register's errors reach the fields.</summary>
public abstract class ChangeFormPage(AppDbContext db, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty]
    public ChangeForm Form { get; set; } = new();

    public IReadOnlyList<SelectListItem> Categories { get; private set; } = [];

    public IReadOnlyList<SelectListItem> Hostings { get; private set; } = [];

    public IReadOnlyList<SelectListItem> UnitOptions { get; private set; } = [];

    protected AppDbContext Db => db;

    protected IStringLocalizer<SharedResource> L => l;

    protected async Task LoadChoicesAsync(CancellationToken ct)
    {
        Categories = [new SelectListItem(l["Choose a category"], ""), .. Enum.GetValues<ChangeCategory>().Select(c => new SelectListItem(l[ChangeNames.Of(c)], c.ToString()))];
        Hostings = [new SelectListItem(l["Choose the hosting"], ""), .. Enum.GetValues<HostingModel>().Select(h => new SelectListItem(l[ChangeNames.Of(h)], h.ToString()))];
        var units = await db.Units.OrderBy(u => u.Name).Select(u => new { u.Id, u.Code, u.Name, u.ClosedOn }).ToListAsync(ct);
        UnitOptions = [new SelectListItem(l["No unit"], ""), .. units.Select(u => new SelectListItem(u.ClosedOn is null ? $"{u.Name} ({u.Code})" : $"{u.Name} ({u.Code}) – {l["Closed"]}", u.Id.ToString()))];
    }

    protected async Task<PageResult> RedisplayAsync(CancellationToken ct)
    {
        Form.PadUnits();
        await LoadChoicesAsync(ct);
        return Page();
    }

    protected void AddErrors(ChangeResult result)
    {
        foreach (var error in result.ErrorList)
        {
            ModelState.AddModelError(nameof(Form) + "." + error.Field, error.Message);
        }
    }

    protected void AddConflict()
        => ModelState.AddModelError(string.Empty, l["Someone else saved this change while you were editing it. Your edits were not saved: reload the page to see the current version, then make your edits again."]);
}
