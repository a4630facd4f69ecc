using Paritas.Web.Features.Agreements;
using Paritas.Web.Features.Changes;
using Paritas.Web.Features.Library.Exchange;

namespace Paritas.Web.Features.Library;

/// <summary>
/// "Use in my organisation": a model clause becomes an agreement of the reader's organisation, through
/// the same import as the shipped agreement templates, with its rule if it has one.
/// </summary>
public sealed class ClauseAdoption(AgreementImport import, ObligationPlanner planner)
{
    public const string KeyPrefix = "library:";

    public static bool Fits(LibraryTranslation text) => text.Body.Length <= Clause.TextLength;

    public async Task<Agreement> AdoptAsync(LibraryItem clause, LibraryTranslation text, string summary, Guid byUserId, CancellationToken ct)
    {
        var rule = LibraryExchange.ReadRule(clause.RuleJson);
        var key = KeyPrefix + clause.Uid;
        var heading = text.Title.Length > Clause.HeadingLength ? text.Title[..Clause.HeadingLength] : text.Title;
        var template = new AgreementTemplate(
            key.Length > 60 ? key[..60] : key,
            heading,
            summary,
            text.Language,
            [new ClauseTemplate(heading, text.Body, rule is null ? null : [rule.ToSpec()])]);
        var agreement = await import.ImportAsync(template, byUserId, ct);
        await planner.RecomputeAllAsync(ct);
        return agreement;
    }
}
