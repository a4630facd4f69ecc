using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Paritas.Web.Data;

namespace Paritas.Web.Features.Admin;

/// <summary>The platform at a glance, and the way into its countries, networks and organisations.</summary>
public sealed class IndexModel(AppDbContext db) : PageModel
{
    public int Countries { get; private set; }

    public int Networks { get; private set; }

    public int Organisations { get; private set; }

    public int People { get; private set; }

    public int Administrators { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Countries = await db.Countries.CountAsync(ct);
        Networks = await db.Networks.CountAsync(ct);
        Organisations = await db.Organisations.CountAsync(ct);
        People = await db.Users.CountAsync(u => !u.IsDisabled, ct);
        Administrators = await db.Users.CountAsync(u => u.IsPlatformAdministrator && !u.IsDisabled, ct);
    }
}
