namespace Paritas.Web.Features.Library;

/// <summary>
/// The version history of an item: who changed what and when, with the item as it then was
/// (in the exchange format), so any earlier version can be read back.
/// </summary>
public sealed class LibraryRevision
{
    public const int DetailLength = 500;

    private LibraryRevision()
    {
    }

    public LibraryRevision(LibraryItem item, RevisionKind kind, Guid? byUserId, DateTimeOffset at, string? detail, string snapshot)
    {
        Id = Guid.NewGuid();
        ItemId = item.Id;
        Version = item.Version;
        Kind = kind;
        ByUserId = byUserId;
        At = at;
        Detail = detail;
        Snapshot = snapshot;
    }

    public Guid Id { get; private set; }

    public Guid ItemId { get; private set; }

    public int Version { get; private set; }

    public RevisionKind Kind { get; private set; }

    /// <summary>Null for the platform itself (seed, import by the command line).</summary>
    public Guid? ByUserId { get; private set; }

    public DateTimeOffset At { get; private set; }

    /// <summary>What changed, by name (fields, languages); never a whole text.</summary>
    public string? Detail { get; private set; }

    public string Snapshot { get; private set; } = "";
}
