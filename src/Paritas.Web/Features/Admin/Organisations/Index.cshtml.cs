using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Paritas.Web.Data;

namespace Paritas.Web.Features.Admin.Organisations;

public sealed class IndexModel(AppDbContext db) : PageModel
{
    public IReadOnlyList<OrganisationRow> Organisations { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var organisations = await db.Organisations
            .Select(o => new { o.Id, o.Name, o.Slug, o.CountryCode, Country = db.Countries.Where(c => c.Code == o.CountryCode).Select(c => c.Name).FirstOrDefault() })
            .ToListAsync(ct);
        var networks = await db.OrganisationNetworks
            .Join(db.Networks, m => m.NetworkId, n => n.Id, (m, n) => new { m.OrganisationId, n.Name })
            .ToListAsync(ct);
        Dictionary<Guid, int> units;
        // Units belong to their organisations; counting them for every organisation is platform work.
        using (db.Tenant.EnterSystemScope())
        {
            units = await db.Units.IgnoreQueryFilters().Where(u => u.ClosedOn == null)
                .GroupBy(u => u.OrganisationId).Select(g => new { g.Key, Count = g.Count() })
                .ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        }

        Organisations =
        [
            .. organisations
                .OrderBy(o => o.Name, StringComparer.CurrentCulture)
                .Select(o => new OrganisationRow(
                    o.Id,
                    o.Name,
                    o.Slug,
                    o.Country ?? o.CountryCode,
                    [.. networks.Where(n => n.OrganisationId == o.Id).Select(n => n.Name).Order(StringComparer.CurrentCulture)],
                    units.GetValueOrDefault(o.Id))),
        ];
    }

    public sealed record OrganisationRow(Guid Id, string Name, string Slug, string Country, IReadOnlyList<string> Networks, int Units);
}
