using Paritas.Web.Features.Changes;
using Paritas.Web.Features.Organisations;

namespace Paritas.Web.Features.Library;

/// <summary>
/// A practice case or a model clause. Deliberately not <c>IOrganisationOwned</c>: public and shared
/// items are read across organisations and by anonymous visitors, so the tenant filter cannot guard
/// them. Every read goes through <see cref="LibraryReader.Visible"/> instead (docs/adr/0009-library-search.md).
/// </summary>
public sealed class LibraryItem
{
    public const int UidLength = 80;

    private LibraryItem()
    {
    }

    public LibraryItem(string uid, LibraryItemKind kind, string originalLanguage, Guid? ownerOrganisationId, DateTimeOffset now)
    {
        Id = Guid.NewGuid();
        Uid = uid;
        Kind = kind;
        OriginalLanguage = originalLanguage;
        OwnerOrganisationId = ownerOrganisationId;
        Version = 1;
        CreatedAt = now;
        UpdatedAt = now;
    }

    public Guid Id { get; private set; }

    /// <summary>The identity that travels between instances (exchange format); stable across versions.</summary>
    public string Uid { get; private set; } = "";

    public LibraryItemKind Kind { get; private set; }

    public int Version { get; private set; }

    /// <summary>The language the item was written in; the other translations are linked versions.</summary>
    public string OriginalLanguage { get; private set; } = "en";

    /// <summary>Null for the platform's own library (the seed and imports by the platform administrator).</summary>
    public Guid? OwnerOrganisationId { get; private set; }

    public LibraryVisibility Visibility { get; private set; }

    /// <summary>For <see cref="LibraryVisibility.Network"/>: the network it is shared with.</summary>
    public Guid? NetworkId { get; private set; }

    /// <summary>A wider visibility the owner asked for, waiting for a curator.</summary>
    public LibraryVisibility? RequestedVisibility { get; private set; }

    public Guid? RequestedNetworkId { get; private set; }

    public DateTimeOffset? PublishedAt { get; private set; }

    public string? CountryCode { get; set; }

    public OrganisationType? OrganisationType { get; set; }

    public Sector? Sector { get; set; }

    public ChangeCategory? Technology { get; set; }

    public Outcome? Outcome { get; set; }

    public ClauseTopic? Topic { get; set; }

    public int? PeriodFrom { get; set; }

    public int? PeriodTo { get; set; }

    /// <summary>Mechanisms as "|Name|Name|": one column, and a LIKE finds one.</summary>
    public string MechanismCodes { get; private set; } = "";

    /// <summary>A clause's rule, in the exchange format's JSON; null when it carries none.</summary>
    public string? RuleJson { get; set; }

    /// <summary>A change in the owner's register whose measured results the case page shows.</summary>
    public Guid? LinkedChangeId { get; set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public List<LibraryTranslation> Translations { get; private set; } = [];

    public List<LibrarySource> Sources { get; private set; } = [];

    public IReadOnlyList<Mechanism> Mechanisms
    {
        get => [.. MechanismCodes.Split('|', StringSplitOptions.RemoveEmptyEntries).Select(m => Enum.TryParse<Mechanism>(m, out var v) ? (Mechanism?)v : null).OfType<Mechanism>()];
        set => MechanismCodes = value.Count == 0 ? "" : "|" + string.Join('|', value.Distinct().Order()) + "|";
    }

    public LibraryTranslation? Translation(string language) => Translations.FirstOrDefault(t => t.Language == language);

    public LibraryTranslation SetTranslation(string language, string title, string? summary, string body)
    {
        var translation = Translation(language);
        if (translation is null)
        {
            translation = new LibraryTranslation(this, language, title, summary, body);
            Translations.Add(translation);
        }
        else
        {
            translation.Edit(title, summary, body);
        }

        return translation;
    }

    public void SetSources(IEnumerable<(string Title, string? Publisher, int? Year, string? Url)> sources)
    {
        Sources.Clear();
        var position = 1;
        foreach (var s in sources)
        {
            Sources.Add(new LibrarySource(Id, position++, s.Title, s.Publisher, s.Year, s.Url));
        }
    }

    public void SetOriginalLanguage(string language) => OriginalLanguage = language;

    /// <summary>A new version: the exchange compares versions, so every saved edit counts one up.</summary>
    public void Touch(DateTimeOffset now, int? version = null)
    {
        Version = version ?? Version + 1;
        UpdatedAt = now;
    }

    /// <summary>Platform items are public from the start: they come from the seed or the platform administrator.</summary>
    public void PublishDirectly(DateTimeOffset now)
    {
        Visibility = LibraryVisibility.Public;
        NetworkId = null;
        RequestedVisibility = null;
        RequestedNetworkId = null;
        PublishedAt ??= now;
    }

    public void RequestSharing(LibraryVisibility visibility, Guid? networkId)
    {
        RequestedVisibility = visibility;
        RequestedNetworkId = visibility == LibraryVisibility.Network ? networkId : null;
    }

    public void ApproveSharing(DateTimeOffset now)
    {
        if (RequestedVisibility is not { } requested)
        {
            return;
        }

        Visibility = requested;
        NetworkId = RequestedNetworkId;
        if (requested == LibraryVisibility.Public)
        {
            PublishedAt ??= now;
        }

        RequestedVisibility = null;
        RequestedNetworkId = null;
    }

    public void RefuseSharing()
    {
        RequestedVisibility = null;
        RequestedNetworkId = null;
    }

    /// <summary>The owner may always narrow who sees its item, without asking anyone.</summary>
    public void MakePrivate()
    {
        Visibility = LibraryVisibility.Private;
        NetworkId = null;
        RequestedVisibility = null;
        RequestedNetworkId = null;
    }
}
