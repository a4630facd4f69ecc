using Paritas.Web.Features.Agreements;
using Paritas.Web.Features.Changes;
using Paritas.Web.Features.Organisations;

namespace Paritas.Web.Features.Library.Exchange;

/// <summary>
/// The exchange format <c>paritas-library/1</c> (docs/formats/library-exchange.md), read and written
/// with camelCase names and enums by name. Export writes it; import and the seed read it.
/// </summary>
public sealed record LibraryDocument(string Format, IReadOnlyList<CaseDocument>? Cases, IReadOnlyList<ClauseDocument>? Clauses)
{
    public const string CurrentFormat = "paritas-library/1";
}

public sealed record CaseDocument(
    string Uid,
    int Version,
    string Original,
    string? Country,
    OrganisationType? OrganisationType,
    Sector? Sector,
    ChangeCategory? Technology,
    IReadOnlyList<Mechanism>? Mechanisms,
    Outcome? Outcome,
    PeriodDocument? Period,
    IReadOnlyList<SourceDocument>? Sources,
    IReadOnlyDictionary<string, CaseTextDocument> Translations);

public sealed record ClauseDocument(
    string Uid,
    int Version,
    string Original,
    ClauseTopic? Topic,
    string? Country,
    SourceDocument? Origin,
    IReadOnlyDictionary<string, ClauseTextDocument> Translations,
    RuleDocument? Rule);

public sealed record PeriodDocument(int? From, int? To);

public sealed record SourceDocument(string Title, string? Publisher, int? Year, string? Url);

public sealed record CaseTextDocument(string Title, string? Summary, string Body);

public sealed record ClauseTextDocument(string Title, string Text);

/// <summary>A clause's rule with the field names of the agreement templates.</summary>
public sealed record RuleDocument(
    RuleTrigger Trigger,
    ChangeStage? TriggerStage,
    int? MonthsAfterGoLive,
    ObligationKind Obligation,
    int DueOffsetDays,
    Side ResponsibleSide,
    ChangeStage? GatesStage,
    string? Note)
{
    public RuleSpec ToSpec() => new(Trigger, TriggerStage, MonthsAfterGoLive, Obligation, DueOffsetDays, ResponsibleSide, GatesStage, RuleCondition.AnyChange, Note);
}
