using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Paritas.Web.Data;
using Paritas.Web.Features.Organisations;

namespace Paritas.Web.Features.Organisations.Dimensions;

/// <summary>One workforce dimension: its name and its groups.</summary>
public sealed class DetailsModel(AppDbContext db, WorkforceDimensionChanges changes, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public GroupForm Group { get; set; } = new();

    [BindProperty]
    public RenameForm Rename { get; set; } = new();

    public WorkforceDimensionKind Kind { get; private set; }

    public string Name { get; private set; } = "";

    public IReadOnlyList<GroupRow> Groups { get; private set; } = [];

    public int MaximumGroups => WorkforceDimensionChanges.MaximumGroups;

    [TempData]
    public string? Notice { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        Rename.Name = Name;
        return Page();
    }

    public async Task<IActionResult> OnPostAddGroupAsync(CancellationToken ct)
    {
        var result = await changes.AddGroupAsync(Id, Group.Code, Group.Name, ct);
        return await AfterAsync(result, nameof(Group), l["The group was added."], ct);
    }

    public async Task<IActionResult> OnPostRenameAsync(CancellationToken ct)
    {
        var result = await changes.RenameDimensionAsync(Id, Rename.Name, ct);
        return await AfterAsync(result, nameof(Rename), l["The dimension was renamed."], ct);
    }

    public async Task<IActionResult> OnPostRemoveAsync(CancellationToken ct)
    {
        var result = await changes.RemoveDimensionAsync(Id, ct);
        if (result.Succeeded)
        {
            Notice = l["The dimension was removed."];
            return RedirectToPage("Index");
        }

        return await AfterAsync(result, "", "", ct);
    }

    private Task<IActionResult> AfterAsync(SetupResult result, string prefix, string notice, CancellationToken ct)
        => result.AnswerAsync(this, prefix, () =>
        {
            Notice = notice;
            return RedirectToPage(new { id = Id });
        }, () => LoadAsync(ct));

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        var dimension = await db.WorkforceDimensions.Where(d => d.Id == Id).Select(d => new { d.Kind, d.Name }).FirstOrDefaultAsync(ct);
        if (dimension is null)
        {
            return false;
        }

        Kind = dimension.Kind;
        Name = dimension.Name;
        Groups = await db.WorkforceGroups.Where(g => g.DimensionId == Id).OrderBy(g => g.Code).Select(g => new GroupRow(g.Id, g.Code, g.Name)).ToListAsync(ct);
        return true;
    }

    public sealed class GroupForm
    {
        public string? Code { get; set; }

        public string? Name { get; set; }
    }

    public sealed class RenameForm
    {
        public string? Name { get; set; }
    }

    public sealed record GroupRow(Guid Id, string Code, string Name);
}
