namespace Paritas.Web.Features.Library;

/// <summary>
/// A person who approves what organisations of a network share with it or publish, and moderates
/// comments on those items. Appointed by the platform administrator (docs/adr/0009-library-search.md).
/// </summary>
public sealed class LibraryCurator
{
    private LibraryCurator()
    {
    }

    public LibraryCurator(Guid networkId, Guid userId)
    {
        NetworkId = networkId;
        UserId = userId;
    }

    public Guid NetworkId { get; private set; }

    public Guid UserId { get; private set; }
}
