using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Paritas.Web.Data;
using Paritas.Web.Features.Absence.Import;
using Paritas.Web.Features.Accounts;

namespace Paritas.Web.Features.Absence;

/// <summary>
/// The employer representative uploads the two HR exports for a period. Nothing but aggregates
/// is kept (P1); when a column is missing, the page shows the file's own headers to map once.
/// </summary>
[RequestSizeLimit(MaximumUpload)]
[RequestFormLimits(MultipartBodyLengthLimit = MaximumUpload)]
public sealed class ImportModel(AppDbContext db, AbsenceImporter importer, CurrentUser me, IStringLocalizer<SharedResource> l) : PageModel
{
    public const long MaximumUpload = 1L << 30;

    [BindProperty]
    public ImportForm Form { get; set; } = new();

    [BindProperty]
    public List<MappingField> Mappings { get; set; } = [];

    [BindProperty]
    public string? CauseMappings { get; set; }

    public ImportReport? Report { get; private set; }

    /// <summary>Per file, the headers the uploaded file has, when some canonical column could not be found.</summary>
    public IReadOnlyDictionary<ImportFile, IReadOnlyList<string>> Headers { get; private set; } = new Dictionary<ImportFile, IReadOnlyList<string>>();

    public IReadOnlyList<SavedMapping> Saved { get; private set; } = [];

    [TempData]
    public string? Notice { get; set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadSavedAsync(ct);

    public async Task<IActionResult> OnPostAsync(IFormFile? spells, IFormFile? workforce, CancellationToken ct)
    {
        await LoadSavedAsync(ct);
        if (spells is null || spells.Length == 0)
        {
            ModelState.AddModelError("spells", l["Choose the spells file."]);
        }

        if (workforce is null || workforce.Length == 0)
        {
            ModelState.AddModelError("workforce", l["Choose the workforce file."]);
        }

        var first = Month(Form.FirstMonth, "Form.FirstMonth");
        var last = Month(Form.LastMonth, "Form.LastMonth");
        if (!ModelState.IsValid || first is null || last is null || spells is null || workforce is null)
        {
            return Page();
        }

        var request = new AbsenceImportRequest(me.RequiredOrganisationId, me.Id, me.Role?.ToString(), first.Value, last.Value,
            Form.DayFirst ? AbsenceDateFormat.DayFirst : AbsenceDateFormat.Iso, Form.AcceptGoodRows);
        if (!request.PeriodIsValid)
        {
            ModelState.AddModelError("Form.LastMonth", l["The last month must not be before the first, and the period may span at most ten years."]);
            return Page();
        }

        await using var workforceStream = workforce.OpenReadStream();
        await using var spellsStream = spells.OpenReadStream();
        Report = await importer.ImportAsync(request, workforceStream, spellsStream, ct);
        if (Report.ProblemCounts.ContainsKey(ImportProblemReason.MissingColumn))
        {
            Headers = new Dictionary<ImportFile, IReadOnlyList<string>>
            {
                [ImportFile.Spells] = HeadersOf(spellsStream),
                [ImportFile.Workforce] = HeadersOf(workforceStream),
            };
            Mappings = [.. Report.Problems.Where(p => p.Reason == ImportProblemReason.MissingColumn).Select(p => new MappingField { File = p.File, Column = p.Column })];
        }

        return Page();
    }

    public async Task<IActionResult> OnPostMappingAsync(CancellationToken ct)
    {
        var orgId = me.RequiredOrganisationId;
        var existing = await db.Set<AbsenceMapping>().ToListAsync(ct);
        void Save(AbsenceMappingKind kind, string source, string target)
        {
            var found = existing.FirstOrDefault(m => m.Kind == kind && m.Source == source);
            if (found is null)
            {
                var mapping = new AbsenceMapping(orgId, kind, source, target);
                db.Add(mapping);
                existing.Add(mapping);
            }
            else
            {
                found.Retarget(target);
            }
        }

        foreach (var m in Mappings.Where(m => !string.IsNullOrWhiteSpace(m.Header)))
        {
            if (m.File == ImportFile.TrainingHours || !ImportColumns.All(m.File).Contains(m.Column, StringComparer.Ordinal) || m.Header!.Length > 100)
            {
                continue;
            }

            Save(m.File == ImportFile.Spells ? AbsenceMappingKind.SpellsColumn : AbsenceMappingKind.WorkforceColumn, ImportColumns.Normalise(m.Header), m.Column);
        }

        foreach (var line in (CauseMappings ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = line.Split('=', 2, StringSplitOptions.TrimEntries);
            if (parts.Length != 2 || parts[0].Length is 0 or > 100 || !Enum.TryParse<AbsenceCause>(parts[1], ignoreCase: true, out var cause) || !Enum.IsDefined(cause))
            {
                await LoadSavedAsync(ct);
                ModelState.AddModelError(nameof(CauseMappings), l["Write one cause code a line as code = msd, psychosocial, other or unknown."]);
                return Page();
            }

            Save(AbsenceMappingKind.Cause, parts[0].ToLowerInvariant(), cause.ToString());
        }

        await db.SaveChangesAsync(ct);
        Notice = l["The mapping is saved. Choose the files again and import them."];
        return RedirectToPage();
    }

    private async Task LoadSavedAsync(CancellationToken ct) =>
        Saved = await db.Set<AbsenceMapping>().Where(m => m.Kind != AbsenceMappingKind.TrainingColumn).OrderBy(m => m.Kind).ThenBy(m => m.Source)
            .Select(m => new SavedMapping(m.Kind, m.Source, m.Target)).ToListAsync(ct);

    private DateOnly? Month(string? text, string field)
    {
        if (DateOnly.TryParseExact((text ?? "").Trim() + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month))
        {
            return month;
        }

        ModelState.AddModelError(field, l["Enter the month as YYYY-MM, for example 2024-01."]);
        return null;
    }

    /// <summary>The file's own headers, to offer when a column is missing; empty when the file cannot be read.</summary>
    internal static IReadOnlyList<string> HeadersOf(Stream stream)
    {
        try
        {
            stream.Position = 0;
            using var reader = CsvSource.Open(stream);
            return [.. Enumerable.Range(0, Math.Min(reader.FieldCount, 50)).Select(reader.GetName).Where(h => !string.IsNullOrWhiteSpace(h)).Select(h => h.Length > 100 ? h[..100] : h)];
        }
        catch (Exception e) when (e is Sylvan.Data.Csv.CsvFormatException or System.Text.DecoderFallbackException or IOException)
        {
            return [];
        }
    }

    public sealed class ImportForm
    {
        [Required(ErrorMessage = "Enter the first month of the period.")]
        public string? FirstMonth { get; set; }

        [Required(ErrorMessage = "Enter the last month of the period.")]
        public string? LastMonth { get; set; }

        public bool DayFirst { get; set; }

        public bool AcceptGoodRows { get; set; }
    }

    public sealed class MappingField
    {
        public ImportFile File { get; set; }

        public string Column { get; set; } = "";

        public string? Header { get; set; }
    }

    public sealed record SavedMapping(AbsenceMappingKind Kind, string Source, string Target);
}
