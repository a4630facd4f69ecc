using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Paritas.Web.Data;
using Paritas.Web.Features.Organisations;

namespace Paritas.Web.Features.Organisations.Units;

/// <summary>The options of the unit form's selects: sectors in the reader's language, and parents in tree order.</summary>
public static class UnitChoices
{
    public static IReadOnlyList<SelectListItem> Sectors(IStringLocalizer l)
        => [new SelectListItem(l["Select a sector"], ""), .. SectorNames.All.Select(s => new SelectListItem(l[SectorNames.Of(s)], s.ToString()))];

    /// <summary>
    /// Open units, indented by depth. When editing, the unit and the units below it are left out
    /// (they cannot be its parent), and its current parent stays even if closed, so saving does not move it.
    /// </summary>
    public static async Task<IReadOnlyList<SelectListItem>> ParentsAsync(AppDbContext db, IStringLocalizer l, Guid? editing, Guid? currentParentId, CancellationToken ct)
    {
        var rows = await db.Units
            .Where(u => u.ClosedOn == null || u.Id == currentParentId)
            .Select(u => new ParentRow(u.Id, u.Code, u.Name, u.ParentId))
            .ToListAsync(ct);
        var tree = UnitTree.Build(rows, r => r.Id, r => r.ParentId, Comparer<ParentRow>.Create((a, b) => StringComparer.CurrentCulture.Compare(a.Name, b.Name)));
        var items = new List<SelectListItem> { new(l["None: at the top of the tree"], "") };
        var skipBelow = int.MaxValue;
        foreach (var (row, depth) in UnitTree.Flatten(tree))
        {
            if (depth <= skipBelow)
            {
                skipBelow = int.MaxValue;
            }

            if (row.Id == editing)
            {
                skipBelow = depth;
                continue;
            }

            if (depth > skipBelow)
            {
                continue;
            }

            // Non-breaking spaces: browsers collapse ordinary ones inside <option>.
            items.Add(new SelectListItem(new string('\u00A0', depth * 3) + row.Code + " – " + row.Name, row.Id.ToString()));
        }

        return items;
    }

    private sealed record ParentRow(Guid Id, string Code, string Name, Guid? ParentId);
}
