using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Paritas.Web.Data;
using Paritas.Web.Features.Organisations;

namespace Paritas.Web.Features.Admin.Networks;

public sealed class DetailsModel(AppDbContext db) : PageModel
{
    public NetworkView Network { get; private set; } = null!;

    public IReadOnlyList<MemberRow> Members { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var network = await db.Networks.Where(n => n.Id == id)
            .Select(n => new NetworkView(n.Id, n.Name, n.Kind, n.CountryCode, db.Countries.Where(c => c.Code == n.CountryCode).Select(c => c.Name).FirstOrDefault()))
            .FirstOrDefaultAsync(ct);
        if (network is null)
        {
            return NotFound();
        }

        Network = network;
        var members = await db.OrganisationNetworks.Where(m => m.NetworkId == id)
            .Join(db.Organisations, m => m.OrganisationId, o => o.Id, (m, o) => new MemberRow(o.Id, o.Name, o.Slug, o.CountryCode))
            .ToListAsync(ct);
        Members = [.. members.OrderBy(m => m.Name, StringComparer.CurrentCulture)];
        return Page();
    }

    public sealed record NetworkView(Guid Id, string Name, NetworkKind Kind, string? CountryCode, string? CountryName);

    public sealed record MemberRow(Guid Id, string Name, string Slug, string CountryCode);
}
