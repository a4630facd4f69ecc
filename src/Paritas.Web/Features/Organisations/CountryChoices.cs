using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Paritas.Web.Data;

namespace Paritas.Web.Features.Organisations;

/// <summary>The countries as choices for a select, with a first, empty choice.</summary>
public static class CountryChoices
{
    public static async Task<IReadOnlyList<SelectListItem>> LoadAsync(AppDbContext db, IStringLocalizer l, string emptyChoice, CancellationToken ct)
    {
        var countries = await db.Countries.Select(c => new { c.Code, c.Name }).ToListAsync(ct);
        return
        [
            new SelectListItem(l[emptyChoice], ""),
            .. countries.OrderBy(c => c.Name, StringComparer.CurrentCulture).Select(c => new SelectListItem($"{c.Name} ({c.Code})", c.Code)),
        ];
    }
}
