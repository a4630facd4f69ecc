using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Paritas.Web.Data;
using Paritas.Web.Features.Agreements;
using Paritas.Web.Features.Shared;

namespace Paritas.Web.Features.Library.Exchange;

/// <summary>
/// Reads and writes the exchange format. Import is platform work: items arrive in the platform's
/// public library, identified by uid; a higher version replaces the stored one (keeping history),
/// anything else leaves it alone, so importing the same document twice creates nothing.
/// </summary>
public sealed partial class LibraryExchange(AppDbContext db, TimeProvider clock)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static readonly JsonSerializerOptions CompactJson = new(Json) { WriteIndented = false };

    public static (LibraryDocument? Document, IReadOnlyList<ExchangeProblem> Problems) Parse(Stream json)
    {
        LibraryDocument? document;
        try
        {
            document = JsonSerializer.Deserialize<LibraryDocument>(json, Json);
        }
        catch (JsonException e)
        {
            // The path names the place (e.g. $.cases[2].sector), never a value.
            return (null, [new(ExchangeMessages.NotADocument, e.Path ?? "$")]);
        }

        if (document is null || document.Format != LibraryDocument.CurrentFormat)
        {
            return (null, [new(ExchangeMessages.WrongFormat)]);
        }

        var problems = Validate(document);
        return problems.Count == 0 ? (document, []) : (null, problems);
    }

    public async Task<ImportOutcome> ImportAsync(LibraryDocument document, Guid? byUserId, CancellationToken ct)
    {
        var problems = Validate(document);
        if (problems.Count > 0)
        {
            return ImportOutcome.Refused(problems);
        }

        var entries = (document.Cases ?? []).Select(c => (c.Uid, c.Version, Case: (CaseDocument?)c, Clause: (ClauseDocument?)null))
            .Concat((document.Clauses ?? []).Select(c => (c.Uid, c.Version, Case: (CaseDocument?)null, Clause: (ClauseDocument?)c)))
            .ToList();
        var uids = entries.Select(e => e.Uid).ToList();
        var stored = await db.LibraryItems.Include(i => i.Translations).Include(i => i.Sources)
            .Where(i => uids.Contains(i.Uid)).ToDictionaryAsync(i => i.Uid, StringComparer.Ordinal, ct);

        var conflicts = entries.Where(e => stored.TryGetValue(e.Uid, out var s) && s.OwnerOrganisationId is not null).Select(e => new ExchangeProblem(ExchangeMessages.OwnedByOrganisation, e.Uid)).ToList();
        if (conflicts.Count > 0)
        {
            return ImportOutcome.Refused(conflicts);
        }

        var now = clock.GetUtcNow();
        int created = 0, updated = 0, unchanged = 0;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        foreach (var entry in entries)
        {
            var exists = stored.TryGetValue(entry.Uid, out var item);
            if (exists && item!.Version >= entry.Version)
            {
                unchanged++;
                continue;
            }

            if (item is null)
            {
                item = new LibraryItem(entry.Uid, entry.Case is null ? LibraryItemKind.ModelClause : LibraryItemKind.PracticeCase, "en", null, now);
                db.LibraryItems.Add(item);
                created++;
            }
            else
            {
                updated++;
            }

            var storedChildren = LibraryTracking.StoredChildren(item);
            if (entry.Case is { } c)
            {
                Apply(item, c);
            }
            else
            {
                Apply(item, entry.Clause!);
            }

            item.Touch(now, entry.Version);
            LibraryTracking.AddNewChildren(db, item, storedChildren);

            item.PublishDirectly(now);
            await LibraryIndexer.ReindexAsync(db, item, ct);
            db.LibraryRevisions.Add(new LibraryRevision(item, exists ? RevisionKind.Imported : RevisionKind.Created, byUserId, now, "Imported", Snapshot(item)));
        }

        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return new ImportOutcome(created, updated, unchanged, []);
    }

    /// <summary>The items the query yields (already filtered by the reader's visibility), as one document.</summary>
    public static async Task<LibraryDocument> ExportAsync(IQueryable<LibraryItem> visible, CancellationToken ct)
    {
        var items = await visible.Include(i => i.Translations).Include(i => i.Sources).AsNoTracking().OrderBy(i => i.Uid).ToListAsync(ct);
        return ToDocument(items);
    }

    public static LibraryDocument ToDocument(IEnumerable<LibraryItem> items)
    {
        var list = items.ToList();
        return new LibraryDocument(
            LibraryDocument.CurrentFormat,
            [.. list.Where(i => i.Kind == LibraryItemKind.PracticeCase).Select(ToCase)],
            [.. list.Where(i => i.Kind == LibraryItemKind.ModelClause).Select(ToClause)]);
    }

    /// <summary>The item as it is now, for its version history.</summary>
    public static string Snapshot(LibraryItem item) => JsonSerializer.Serialize(ToDocument([item]), Json);

    public static RuleDocument? ReadRule(string? ruleJson) => ruleJson is null ? null : JsonSerializer.Deserialize<RuleDocument>(ruleJson, Json);

    public static string? WriteRule(RuleDocument? rule) => rule is null ? null : JsonSerializer.Serialize(rule, CompactJson);

    private static CaseDocument ToCase(LibraryItem i) => new(
        i.Uid, i.Version, i.OriginalLanguage, i.CountryCode, i.OrganisationType, i.Sector, i.Technology, i.Mechanisms, i.Outcome,
        i.PeriodFrom is null && i.PeriodTo is null ? null : new PeriodDocument(i.PeriodFrom, i.PeriodTo),
        [.. i.Sources.OrderBy(s => s.Position).Select(s => new SourceDocument(s.Title, s.Publisher, s.Year, s.Url))],
        i.Translations.OrderBy(t => t.Language, StringComparer.Ordinal).ToDictionary(t => t.Language, t => new CaseTextDocument(t.Title, t.Summary, t.Body)));

    private static ClauseDocument ToClause(LibraryItem i) => new(
        i.Uid, i.Version, i.OriginalLanguage, i.Topic, i.CountryCode,
        i.Sources.OrderBy(s => s.Position).Select(s => new SourceDocument(s.Title, s.Publisher, s.Year, s.Url)).FirstOrDefault(),
        i.Translations.OrderBy(t => t.Language, StringComparer.Ordinal).ToDictionary(t => t.Language, t => new ClauseTextDocument(t.Title, t.Body)),
        ReadRule(i.RuleJson));

    private static void Apply(LibraryItem item, CaseDocument c)
    {
        item.SetOriginalLanguage(c.Original);
        item.CountryCode = c.Country;
        item.OrganisationType = c.OrganisationType;
        item.Sector = c.Sector;
        item.Technology = c.Technology;
        item.Mechanisms = c.Mechanisms ?? [];
        item.Outcome = c.Outcome;
        item.PeriodFrom = c.Period?.From;
        item.PeriodTo = c.Period?.To;
        item.SetSources((c.Sources ?? []).Select(s => (s.Title, s.Publisher, s.Year, s.Url)));
        item.Translations.RemoveAll(t => !c.Translations.ContainsKey(t.Language));
        foreach (var (language, text) in c.Translations)
        {
            item.SetTranslation(language, text.Title.Trim(), text.Summary?.Trim(), text.Body);
        }
    }

    private static void Apply(LibraryItem item, ClauseDocument c)
    {
        item.SetOriginalLanguage(c.Original);
        item.Topic = c.Topic;
        item.CountryCode = c.Country;
        item.RuleJson = WriteRule(c.Rule);
        item.SetSources(c.Origin is { } o ? [(o.Title, o.Publisher, o.Year, o.Url)] : []);
        item.Translations.RemoveAll(t => !c.Translations.ContainsKey(t.Language));
        foreach (var (language, text) in c.Translations)
        {
            item.SetTranslation(language, text.Title.Trim(), null, text.Text);
        }
    }

    private static List<ExchangeProblem> Validate(LibraryDocument document)
    {
        var problems = new List<ExchangeProblem>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        void Check(string? uid, int version, string? original, IEnumerable<(string Language, string? Title, string? Summary, string? Body)> texts, string? country, IEnumerable<SourceDocument> sources)
        {
            var name = string.IsNullOrWhiteSpace(uid) ? "?" : uid;
            if (uid is null || uid.Length > LibraryItem.UidLength || !UidPattern().IsMatch(uid))
            {
                problems.Add(new(ExchangeMessages.BadUid, name));
            }
            else if (!seen.Add(uid))
            {
                problems.Add(new(ExchangeMessages.DuplicateUid, name));
            }

            if (version < 1)
            {
                problems.Add(new(ExchangeMessages.BadVersion, name));
            }

            var list = texts.ToList();
            if (list.Count == 0 || original is null || !list.Any(t => t.Language == original))
            {
                problems.Add(new(ExchangeMessages.OriginalMissing, name));
            }

            foreach (var t in list)
            {
                if (!Cultures.IsSupported(t.Language) || !string.Equals(t.Language, t.Language.ToLowerInvariant(), StringComparison.Ordinal))
                {
                    problems.Add(new(ExchangeMessages.UnknownLanguage, name, t.Language));
                }

                if (string.IsNullOrWhiteSpace(t.Title) || string.IsNullOrWhiteSpace(t.Body))
                {
                    problems.Add(new(ExchangeMessages.MissingText, name));
                }
                else if (t.Title.Length > LibraryTranslation.TitleLength || t.Body.Length > LibraryTranslation.BodyLength || (t.Summary?.Length ?? 0) > LibraryTranslation.SummaryLength)
                {
                    problems.Add(new(ExchangeMessages.TooLong, name));
                }
            }

            if (country is not null && !CountryPattern().IsMatch(country))
            {
                problems.Add(new(ExchangeMessages.BadCountry, name));
            }

            foreach (var s in sources)
            {
                if (string.IsNullOrWhiteSpace(s?.Title) || s.Title.Length > LibrarySource.TitleLength || (s.Publisher?.Length ?? 0) > LibrarySource.PublisherLength || !IsWebLink(s.Url))
                {
                    problems.Add(new(ExchangeMessages.BadSource, name));
                }
            }
        }

        foreach (var c in document.Cases ?? [])
        {
            if (c is null)
            {
                continue;
            }

            Check(c.Uid, c.Version, c.Original, (c.Translations ?? new Dictionary<string, CaseTextDocument>()).Select(t => (t.Key, t.Value?.Title, t.Value?.Summary, t.Value?.Body)), c.Country, c.Sources ?? []);
        }

        foreach (var c in document.Clauses ?? [])
        {
            if (c is null)
            {
                continue;
            }

            Check(c.Uid, c.Version, c.Original, (c.Translations ?? new Dictionary<string, ClauseTextDocument>()).Select(t => (t.Key, t.Value?.Title, (string?)null, t.Value?.Text)), c.Country, c.Origin is null ? [] : [c.Origin]);
            if (c.Rule is { } rule && rule.ToSpec().Problems().Count > 0)
            {
                problems.Add(new(ExchangeMessages.BadRule, c.Uid ?? "?"));
            }
        }

        return problems;
    }

    public static bool IsWebLink(string? url)
        => url is null || (url.Length <= LibrarySource.UrlLength && Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps));

    [GeneratedRegex("^[a-z0-9][a-z0-9-]*$")]
    private static partial Regex UidPattern();

    [GeneratedRegex("^[A-Z]{2}$")]
    private static partial Regex CountryPattern();
}
