using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Paritas.Web.Data;
using Paritas.Web.Features.Agreements;
using Paritas.Web.Features.Changes;
using Paritas.Web.Features.Library.Exchange;
using Paritas.Web.Features.Organisations;
using Paritas.Web.Features.Shared;

namespace Paritas.Web.Features.Library;

/// <summary>
/// Writes a case or clause, or one more language version of it. An organisation's new item starts
/// private; the platform administrator's goes straight into the public library.
/// </summary>
public sealed partial class EditModel(AppDbContext db, LibraryAccess access, TimeProvider clock, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty]
    public LibraryItemForm Form { get; set; } = new();

    public string? Uid { get; private set; }

    public LibraryItemKind Kind { get; private set; }

    public string Preview { get; private set; } = "";

    public IReadOnlyList<SelectListItem> Languages { get; private set; } = [];

    public IReadOnlyList<SelectListItem> OrganisationTypes { get; private set; } = [];

    public IReadOnlyList<SelectListItem> Sectors { get; private set; } = [];

    public IReadOnlyList<SelectListItem> Technologies { get; private set; } = [];

    public IReadOnlyList<SelectListItem> Outcomes { get; private set; } = [];

    public IReadOnlyList<SelectListItem> Topics { get; private set; } = [];

    public IReadOnlyList<SelectListItem> Changes { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string? uid, string? lang, LibraryItemKind? kind, CancellationToken ct)
    {
        var reader = await access.ReaderAsync(ct);
        if (uid is null)
        {
            if (!MayCreate(reader))
            {
                return Forbid();
            }

            Kind = kind ?? LibraryItemKind.PracticeCase;
            Form.Language = Cultures.IsSupported(lang) ? lang : CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        }
        else
        {
            var item = await LoadAsync(reader, uid, ct);
            if (item is null)
            {
                return NotFound();
            }

            if (!reader.MayEditItem(item.OwnerOrganisationId))
            {
                return Forbid();
            }

            (Uid, Kind) = (item.Uid, item.Kind);
            Form = LibraryItemForm.From(item, Cultures.IsSupported(lang) ? lang! : item.OriginalLanguage);
        }

        await LoadChoicesAsync(reader, ct);
        Preview = ClauseMarkdown.ToSafeHtml(Form.Body);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string? uid, LibraryItemKind? kind, CancellationToken ct)
    {
        var reader = await access.ReaderAsync(ct);
        LibraryItem? item = null;
        if (uid is not null)
        {
            item = await LoadAsync(reader, uid, ct);
            if (item is null)
            {
                return NotFound();
            }

            if (!reader.MayEditItem(item.OwnerOrganisationId))
            {
                return Forbid();
            }
        }
        else if (!MayCreate(reader))
        {
            return Forbid();
        }

        (Uid, Kind) = (item?.Uid, item?.Kind ?? kind ?? LibraryItemKind.PracticeCase);
        var sources = ParseSources(Form.Sources);
        if (!Cultures.IsSupported(Form.Language))
        {
            ModelState.AddModelError("Form.Language", l["Choose a language."]);
        }

        if (sources is null)
        {
            ModelState.AddModelError("Form.Sources", l["Write one source a line: title | publisher | year | link; the link must start with http:// or https://."]);
        }

        if (Kind == LibraryItemKind.ModelClause && (Form.Body?.Length ?? 0) > Clause.TextLength)
        {
            ModelState.AddModelError("Form.Body", l["The text of a clause must be 8000 characters or fewer."]);
        }

        var changeId = Form.LinkedChangeId;
        var ownerOrganisationId = item?.OwnerOrganisationId ?? (reader.IsPlatformAdministrator && reader.OrganisationId is null ? null : reader.OrganisationId);
        if (changeId is { } c && (ownerOrganisationId is null || ownerOrganisationId != reader.OrganisationId || !await db.DigitalChanges.AnyAsync(x => x.Id == c, ct)))
        {
            ModelState.AddModelError("Form.LinkedChangeId", l["Choose a change of your organisation."]);
        }

        if (!ModelState.IsValid)
        {
            await LoadChoicesAsync(reader, ct);
            Preview = ClauseMarkdown.ToSafeHtml(Form.Body);
            return Page();
        }

        var now = clock.GetUtcNow();
        var language = Form.Language!.ToLowerInvariant();
        var created = item is null;
        if (item is null)
        {
            item = new LibraryItem(NewUid(Form.Title!), Kind, language, ownerOrganisationId, now);
            db.LibraryItems.Add(item);
            if (ownerOrganisationId is null)
            {
                item.PublishDirectly(now);
            }
        }

        var stored = LibraryTracking.StoredChildren(item);
        var changed = Form.Apply(item, language, sources!);
        if (!created)
        {
            item.Touch(now);
        }

        LibraryTracking.AddNewChildren(db, item, stored);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await LibraryIndexer.ReindexAsync(db, item, ct);
        db.LibraryRevisions.Add(new LibraryRevision(item, created ? RevisionKind.Created : RevisionKind.Edited, reader.UserId, now, $"{language}: {string.Join(", ", changed)}", LibraryExchange.Snapshot(item)));
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return Redirect($"/Library/Item/{item.Uid}?lang={language}");
    }

    private static bool MayCreate(LibraryReader reader) => reader.IsPlatformAdministrator || (reader.MayEdit && reader.OrganisationId is not null);

    private Task<LibraryItem?> LoadAsync(LibraryReader reader, string uid, CancellationToken ct)
        => db.LibraryItems.Where(reader.Visible()).Include(i => i.Translations).Include(i => i.Sources).FirstOrDefaultAsync(i => i.Uid == uid, ct);

    private async Task LoadChoicesAsync(LibraryReader reader, CancellationToken ct)
    {
        SelectListItem None() => new(l["Not stated"], "");
        Languages = [.. Cultures.Supported.Select(c => new SelectListItem(Cultures.NativeName(c), c))];
        OrganisationTypes = [None(), .. Enum.GetValues<OrganisationType>().Select(v => new SelectListItem(l[LibraryNames.Of(v)], v.ToString()))];
        Sectors = [None(), .. Enum.GetValues<Sector>().Select(v => new SelectListItem(l[SectorNames.Of(v)], v.ToString()))];
        Technologies = [None(), .. Enum.GetValues<ChangeCategory>().Select(v => new SelectListItem(l[ChangeNames.Of(v)], v.ToString()))];
        Outcomes = [None(), .. Enum.GetValues<Outcome>().Select(v => new SelectListItem(l[LibraryNames.Of(v)], v.ToString()))];
        Topics = [None(), .. Enum.GetValues<ClauseTopic>().Select(v => new SelectListItem(l[LibraryNames.Of(v)], v.ToString()))];
        var changes = reader.OrganisationId is null ? [] : await db.DigitalChanges.OrderBy(c => c.Title).Select(c => new { c.Id, c.Title }).ToListAsync(ct);
        Changes = [new SelectListItem(l["No change"], ""), .. changes.Select(c => new SelectListItem(c.Title, c.Id.ToString()))];
    }

    /// <summary>Lines "title | publisher | year | link"; null when a line does not fit.</summary>
    public static List<(string Title, string? Publisher, int? Year, string? Url)>? ParseSources(string? text)
    {
        var result = new List<(string, string?, int?, string?)>();
        foreach (var line in (text ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = line.Split('|', StringSplitOptions.TrimEntries);
            string? Part(int i) => parts.Length > i && parts[i].Length > 0 ? parts[i] : null;
            int? year = null;
            if (Part(2) is { } y)
            {
                if (!int.TryParse(y, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) || parsed is < 1800 or > 2200)
                {
                    return null;
                }

                year = parsed;
            }

            if (Part(0) is not { Length: <= LibrarySource.TitleLength } title || (Part(1)?.Length ?? 0) > LibrarySource.PublisherLength || !LibraryExchange.IsWebLink(Part(3)))
            {
                return null;
            }

            result.Add((title, Part(1), year, Part(3)));
        }

        return result;
    }

    private static string NewUid(string title)
    {
        var slug = NonSlug().Replace(LibraryText.Fold(title.ToLowerInvariant()), "-").Trim('-');
        slug = slug.Length > 50 ? slug[..50].TrimEnd('-') : slug;
        return (slug.Length == 0 ? "item" : slug) + "-" + Guid.NewGuid().ToString("N")[..8];
    }

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex NonSlug();

    public sealed class LibraryItemForm
    {
        public string? Language { get; set; }

        [Required(ErrorMessage = "Enter a title.")]
        [StringLength(LibraryTranslation.TitleLength, ErrorMessage = "The title must be 300 characters or fewer.")]
        public string? Title { get; set; }

        [StringLength(LibraryTranslation.SummaryLength, ErrorMessage = "The summary must be 2000 characters or fewer.")]
        public string? Summary { get; set; }

        [Required(ErrorMessage = "Enter the text.")]
        [StringLength(LibraryTranslation.BodyLength, ErrorMessage = "The text must be 40000 characters or fewer.")]
        public string? Body { get; set; }

        [RegularExpression("^[A-Za-z]{2}$", ErrorMessage = "Enter a two-letter country code such as FR.")]
        public string? Country { get; set; }

        public OrganisationType? OrganisationType { get; set; }

        public Sector? Sector { get; set; }

        public ChangeCategory? Technology { get; set; }

        public Outcome? Outcome { get; set; }

        public ClauseTopic? Topic { get; set; }

        public List<Mechanism> Mechanisms { get; set; } = [];

        [Range(1900, 2100, ErrorMessage = "Enter a year from 1900 to 2100.")]
        public int? PeriodFrom { get; set; }

        [Range(1900, 2100, ErrorMessage = "Enter a year from 1900 to 2100.")]
        public int? PeriodTo { get; set; }

        [StringLength(4000, ErrorMessage = "The sources must be 4000 characters or fewer.")]
        public string? Sources { get; set; }

        public Guid? LinkedChangeId { get; set; }

        public static LibraryItemForm From(LibraryItem item, string language)
        {
            var t = item.Translation(language);
            return new()
            {
                Language = language,
                Title = t?.Title,
                Summary = t?.Summary,
                Body = t?.Body,
                Country = item.CountryCode,
                OrganisationType = item.OrganisationType,
                Sector = item.Sector,
                Technology = item.Technology,
                Outcome = item.Outcome,
                Topic = item.Topic,
                Mechanisms = [.. item.Mechanisms],
                PeriodFrom = item.PeriodFrom,
                PeriodTo = item.PeriodTo,
                Sources = string.Join('\n', item.Sources.OrderBy(s => s.Position).Select(s => $"{s.Title} | {s.Publisher} | {s.Year} | {s.Url}")),
                LinkedChangeId = item.LinkedChangeId,
            };
        }

        /// <summary>Applies the form and names what changed, for the history.</summary>
        public List<string> Apply(LibraryItem item, string language, List<(string Title, string? Publisher, int? Year, string? Url)> sources)
        {
            var changed = new List<string>();
            var t = item.Translation(language);
            if (t is null)
            {
                changed.Add("new language version");
            }
            else
            {
                if (t.Title != Title!.Trim()) { changed.Add("title"); }
                if ((t.Summary ?? "") != (Summary?.Trim() ?? "")) { changed.Add("summary"); }
                if (t.Body != Body!.Trim()) { changed.Add("text"); }
            }

            item.SetTranslation(language, Title!.Trim(), string.IsNullOrWhiteSpace(Summary) ? null : Summary.Trim(), Body!.Trim());
            var country = string.IsNullOrWhiteSpace(Country) ? null : Country.Trim().ToUpperInvariant();
            if (item.CountryCode != country || item.OrganisationType != OrganisationType || item.Sector != Sector || item.Technology != Technology
                || item.Outcome != Outcome || item.Topic != Topic || item.PeriodFrom != PeriodFrom || item.PeriodTo != PeriodTo
                || !item.Mechanisms.SequenceEqual(Mechanisms.Distinct().Order()))
            {
                changed.Add("facets");
            }

            item.CountryCode = country;
            item.OrganisationType = OrganisationType;
            item.Sector = Sector;
            item.Technology = Technology;
            item.Outcome = Outcome;
            item.Topic = Topic;
            item.Mechanisms = Mechanisms;
            item.PeriodFrom = PeriodFrom;
            item.PeriodTo = PeriodTo;
            if (!item.Sources.Select(s => (s.Title, s.Publisher, s.Year, s.Url)).SequenceEqual(sources))
            {
                changed.Add("sources");
                item.SetSources(sources);
            }

            if (item.LinkedChangeId != LinkedChangeId)
            {
                changed.Add("linked change");
                item.LinkedChangeId = LinkedChangeId;
            }

            return changed;
        }
    }
}
