using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Paritas.Web.Data;

namespace Paritas.Web.Features.Accounts;

/// <summary>Who is asking, in which organisation, with which role: read from the principal AccessResolver built.</summary>
public sealed class CurrentUser(IHttpContextAccessor http, AppDbContext db)
{
    private ClaimsPrincipal User => http.HttpContext?.User ?? new ClaimsPrincipal();

    public bool IsSignedIn => User.Identity?.IsAuthenticated == true;

    public Guid? Id => Guid.TryParse(User.FindFirst(ClaimTypes.NameIdentifier)?.Value, out var id) ? id : null;

    public Guid? SessionId => Guid.TryParse(User.FindFirst(ParitasClaims.SessionId)?.Value, out var id) ? id : null;

    public Guid? OrganisationId => Guid.TryParse(User.FindFirst(ParitasClaims.OrganisationId)?.Value, out var id) ? id : null;

    public Role? Role => Enum.TryParse<Role>(User.FindFirst(ParitasClaims.Role)?.Value, out var role) ? role : null;

    public bool IsPlatformAdministrator => User.HasClaim(ParitasClaims.PlatformAdministrator, "true");

    public bool SecondFactorPending => User.HasClaim(ParitasClaims.SecondFactorPending, "true");

    public string Name => User.Identity?.Name ?? "";

    public Guid RequiredOrganisationId => OrganisationId ?? throw new InvalidOperationException("No organisation is selected.");

    public Guid RequiredId => Id ?? throw new InvalidOperationException("Nobody is signed in.");

    /// <summary>The organisations this person belongs to, for the switcher.</summary>
    public async Task<IReadOnlyList<OrganisationChoice>> OrganisationsAsync(CancellationToken ct)
    {
        if (Id is not { } userId)
        {
            return [];
        }

        var ids = await db.Memberships.IgnoreQueryFilters().Where(m => m.UserId == userId).Select(m => new { m.OrganisationId, m.Role }).ToListAsync(ct);
        var orgIds = ids.Select(i => i.OrganisationId).ToList();
        var names = await db.Organisations.Where(o => orgIds.Contains(o.Id)).Select(o => new { o.Id, o.Name }).ToListAsync(ct);
        return [.. names.Join(ids, n => n.Id, i => i.OrganisationId, (n, i) => new OrganisationChoice(n.Id, n.Name, i.Role)).OrderBy(o => o.Name, StringComparer.CurrentCulture)];
    }
}

public sealed record OrganisationChoice(Guid Id, string Name, Role Role);
