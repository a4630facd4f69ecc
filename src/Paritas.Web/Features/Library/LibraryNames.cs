using Microsoft.Extensions.Localization;
using Paritas.Web.Features.Changes;
using Paritas.Web.Features.Library.Search;
using Paritas.Web.Features.Organisations;
using Paritas.Web.Features.Shared;

namespace Paritas.Web.Features.Library;

// English names of the library's values, which are also their localisation keys.
public static class LibraryNames
{
    public static string Of(LibraryItemKind kind) => kind == LibraryItemKind.PracticeCase ? "Practice case" : "Model clause";

    public static string Of(OrganisationType type) => type switch
    {
        OrganisationType.Municipality => "Municipality",
        OrganisationType.Region => "Region",
        OrganisationType.StateAgency => "State agency",
        OrganisationType.PublicCompany => "Public company",
        OrganisationType.Union => "Trade union",
        OrganisationType.Federation => "Federation",
        _ => "Other",
    };

    public static string Of(Mechanism mechanism) => mechanism switch
    {
        Mechanism.DigitalAgents => "Digital agents",
        Mechanism.JointCommittee => "Joint committee",
        Mechanism.TripartiteAgreement => "Tripartite agreement",
        Mechanism.ProcessAutomationOfficer => "Process-automation officer",
        Mechanism.TrainingRight => "Right to training",
        Mechanism.RightToDisconnect => "Right to disconnect",
        Mechanism.MonitoringRules => "Rules on monitoring",
        Mechanism.UnionBuiltTools => "Tools built by unions",
        Mechanism.CollectiveAgreement => "Collective agreement",
        Mechanism.Legislation => "Legislation",
        _ => "Worker consultation",
    };

    public static string Of(Outcome outcome) => outcome switch
    {
        Outcome.Positive => "Positive",
        Outcome.Mixed => "Mixed",
        _ => "Negative",
    };

    public static string Of(ClauseTopic topic) => topic switch
    {
        ClauseTopic.Training => "Training",
        ClauseTopic.OccupationalSafetyAndHealth => "Occupational safety and health",
        ClauseTopic.PsychosocialRisks => "Psychosocial risks",
        ClauseTopic.WorkingTimeAndDisconnection => "Working time and disconnection",
        ClauseTopic.MonitoringAndSurveillance => "Monitoring and surveillance",
        ClauseTopic.DataProtection => "Data protection",
        ClauseTopic.ConsultationAndJointBodies => "Consultation and joint bodies",
        _ => "Employment security",
    };

    public static string Of(LibraryVisibility visibility) => visibility switch
    {
        LibraryVisibility.Private => "Private to the organisation",
        LibraryVisibility.Network => "Shared with a network",
        _ => "Public",
    };

    public static string Of(RevisionKind kind) => kind switch
    {
        RevisionKind.Created => "Created",
        RevisionKind.Edited => "Edited",
        RevisionKind.Imported => "Imported",
        RevisionKind.SharingRequested => "Sharing requested",
        RevisionKind.SharingApproved => "Sharing approved by a curator",
        RevisionKind.SharingRefused => "Sharing refused by a curator",
        _ => "Made private",
    };

    public static string FacetTitle(string facet) => facet switch
    {
        LibraryFacets.Kind => "Kind",
        LibraryFacets.Language => "Language",
        LibraryFacets.Country => "Country",
        LibraryFacets.OrganisationType => "Type of organisation",
        LibraryFacets.Sector => "Sector",
        LibraryFacets.Technology => "Technology",
        LibraryFacets.Mechanism => "Mechanism",
        LibraryFacets.Outcome => "Outcome",
        _ => "Topic",
    };

    /// <summary>A facet value as the reader reads it; countries and languages by their own names.</summary>
    public static string Value(string facet, string value, IStringLocalizer l, Func<string, string?> countryName) => facet switch
    {
        LibraryFacets.Kind when Enum.TryParse<LibraryItemKind>(value, out var k) => l[Of(k)],
        LibraryFacets.Language => Cultures.NativeName(value),
        LibraryFacets.Country => countryName(value) ?? value,
        LibraryFacets.OrganisationType when Enum.TryParse<OrganisationType>(value, out var o) => l[Of(o)],
        LibraryFacets.Sector when Enum.TryParse<Sector>(value, out var s) => l[SectorNames.Of(s)],
        LibraryFacets.Technology when Enum.TryParse<ChangeCategory>(value, out var c) => l[ChangeNames.Of(c)],
        LibraryFacets.Mechanism when Enum.TryParse<Mechanism>(value, out var m) => l[Of(m)],
        LibraryFacets.Outcome when Enum.TryParse<Outcome>(value, out var o) => l[Of(o)],
        LibraryFacets.Topic when Enum.TryParse<ClauseTopic>(value, out var t) => l[Of(t)],
        _ => value,
    };

    public static string? CountryName(string code)
    {
        try
        {
            return new System.Globalization.RegionInfo(code).DisplayName;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
