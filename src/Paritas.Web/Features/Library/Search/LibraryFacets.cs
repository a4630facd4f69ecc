namespace Paritas.Web.Features.Library.Search;

/// <summary>The facets of the library, by the name they have in URLs and the API.</summary>
public static class LibraryFacets
{
    public const string Kind = "kind";
    public const string Language = "language";
    public const string Country = "country";
    public const string OrganisationType = "organisationType";
    public const string Sector = "sector";
    public const string Technology = "technology";
    public const string Mechanism = "mechanism";
    public const string Outcome = "outcome";
    public const string Topic = "topic";

    public static IReadOnlyList<string> All { get; } = [Kind, Language, Country, OrganisationType, Sector, Technology, Mechanism, Outcome, Topic];
}
