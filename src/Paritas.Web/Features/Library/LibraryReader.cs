using System.Linq.Expressions;

namespace Paritas.Web.Features.Library;

/// <summary>
/// Who reads the library, reduced to what visibility depends on. Built once per request by
/// <see cref="LibraryAccess"/>; an anonymous visitor is <see cref="Anonymous"/>.
/// </summary>
public sealed record LibraryReader(
    Guid? UserId,
    Guid? OrganisationId,
    bool MayEdit,
    bool IsOrganisationAdministrator,
    bool IsPlatformAdministrator,
    IReadOnlyList<Guid> NetworkIds,
    IReadOnlyList<Guid> CuratedNetworkIds,
    IReadOnlyList<Guid> CuratedOrganisationIds)
{
    public static LibraryReader Anonymous { get; } = new(null, null, false, false, false, [], [], []);

    public bool IsCurator => IsPlatformAdministrator || CuratedNetworkIds.Count > 0;

    /// <summary>
    /// The one visibility rule of the library. Every page, search, API endpoint, feed and export
    /// filters items through it; nothing reads <c>LibraryItems</c> without it except platform code
    /// (seed, import) that never shows what it reads.
    /// </summary>
    public Expression<Func<LibraryItem, bool>> Visible()
    {
        var organisationId = OrganisationId;
        var networks = NetworkIds.Concat(CuratedNetworkIds).Distinct().ToList();
        var curatedNetworks = CuratedNetworkIds.ToList();
        var curatedOrganisations = CuratedOrganisationIds.ToList();
        var platform = IsPlatformAdministrator;
        return i => i.Visibility == LibraryVisibility.Public
            || (organisationId != null && i.OwnerOrganisationId == organisationId)
            || (i.Visibility == LibraryVisibility.Network && i.NetworkId != null && networks.Contains(i.NetworkId.Value))
            || (i.RequestedVisibility != null && (platform
                || (i.RequestedVisibility == LibraryVisibility.Network && i.RequestedNetworkId != null && curatedNetworks.Contains(i.RequestedNetworkId.Value))
                || (i.RequestedVisibility == LibraryVisibility.Public && i.OwnerOrganisationId != null && curatedOrganisations.Contains(i.OwnerOrganisationId.Value))));
    }

    /// <summary>Platform items are the platform administrator's; an organisation's, its representatives'.</summary>
    public bool MayEditItem(Guid? ownerOrganisationId)
        => ownerOrganisationId is null ? IsPlatformAdministrator : MayEdit && ownerOrganisationId == OrganisationId;

    /// <summary>Sharing beyond the organisation is asked for by its administrator and approved by a curator.</summary>
    public bool MayRequestSharing(Guid? ownerOrganisationId) => ownerOrganisationId is not null && IsOrganisationAdministrator && ownerOrganisationId == OrganisationId;

    public bool MayCurate(LibraryVisibility? requested, Guid? requestedNetworkId, Guid? ownerOrganisationId) => requested switch
    {
        null => false,
        _ when IsPlatformAdministrator => true,
        LibraryVisibility.Network => requestedNetworkId is { } n && CuratedNetworkIds.Contains(n),
        LibraryVisibility.Public => ownerOrganisationId is { } o && CuratedOrganisationIds.Contains(o),
        _ => false,
    };

    /// <summary>Comments on an item are moderated by the platform administrator, the owner's administrator and the curators of its networks.</summary>
    public bool MayModerate(Guid? ownerOrganisationId)
        => IsPlatformAdministrator
           || (ownerOrganisationId is { } o && (CuratedOrganisationIds.Contains(o) || (IsOrganisationAdministrator && OrganisationId == o)));
}
