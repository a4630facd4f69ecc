using Microsoft.EntityFrameworkCore;
using Paritas.Web.Data;
using Paritas.Web.Features.Accounts;

namespace Paritas.Web.Features.Library;

/// <summary>Builds the <see cref="LibraryReader"/> for the person asking; once per request.</summary>
public sealed class LibraryAccess(AppDbContext db, CurrentUser me)
{
    private LibraryReader? reader;

    public async Task<LibraryReader> ReaderAsync(CancellationToken ct)
    {
        if (reader is not null)
        {
            return reader;
        }

        if (!me.IsSignedIn || me.SecondFactorPending || me.Id is not { } userId)
        {
            return reader = LibraryReader.Anonymous;
        }

        var organisationId = me.OrganisationId;
        var networks = organisationId is { } org
            ? await db.OrganisationNetworks.Where(n => n.OrganisationId == org).Select(n => n.NetworkId).ToListAsync(ct)
            : [];
        var curated = await db.LibraryCurators.Where(c => c.UserId == userId).Select(c => c.NetworkId).ToListAsync(ct);
        var curatedOrganisations = curated.Count == 0
            ? []
            : await db.OrganisationNetworks.Where(n => curated.Contains(n.NetworkId)).Select(n => n.OrganisationId).Distinct().ToListAsync(ct);
        var role = me.Role;
        var mayEdit = role is { } r && (RoleFacts.IsEmployerSide(r) || RoleFacts.IsWorkersSide(r));
        return reader = new LibraryReader(userId, organisationId, mayEdit, role == Role.OrganisationAdministrator, me.IsPlatformAdministrator, networks, curated, curatedOrganisations);
    }

    public async Task<IQueryable<LibraryItem>> VisibleItemsAsync(CancellationToken ct)
        => db.LibraryItems.Where((await ReaderAsync(ct)).Visible());
}
