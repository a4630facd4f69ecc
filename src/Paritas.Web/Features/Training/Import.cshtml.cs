using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Paritas.Web.Data;
using Paritas.Web.Features.Absence;
using Paritas.Web.Features.Absence.Import;
using Paritas.Web.Features.Accounts;
using Paritas.Web.Features.Training.Import;

namespace Paritas.Web.Features.Training;

/// <summary>
/// The employer representative uploads the training hours of a period. Only aggregates are kept
/// (P1); a missing column can be matched once to one of the file's own headers, as for absence.
/// </summary>
[RequestSizeLimit(Absence.ImportModel.MaximumUpload)]
[RequestFormLimits(MultipartBodyLengthLimit = Absence.ImportModel.MaximumUpload)]
public sealed class ImportModel(AppDbContext db, TrainingImporter importer, CurrentUser me, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty]
    public ImportForm Form { get; set; } = new();

    [BindProperty]
    public List<MappingField> Mappings { get; set; } = [];

    public TrainingImportReport? Report { get; private set; }

    public IReadOnlyList<string> Headers { get; private set; } = [];

    [TempData]
    public string? Notice { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(IFormFile? hours, CancellationToken ct)
    {
        if (hours is null || hours.Length == 0)
        {
            ModelState.AddModelError("hours", l["Choose the training hours file."]);
        }

        var first = Month(Form.FirstMonth, "Form.FirstMonth");
        var last = Month(Form.LastMonth, "Form.LastMonth");
        if (!ModelState.IsValid || first is null || last is null || hours is null)
        {
            return Page();
        }

        var request = new TrainingImportRequest(me.RequiredOrganisationId, me.Id, me.Role?.ToString(), first.Value, last.Value,
            Form.DayFirst ? AbsenceDateFormat.DayFirst : AbsenceDateFormat.Iso);
        if (!request.PeriodIsValid)
        {
            ModelState.AddModelError("Form.LastMonth", l["The last month must not be before the first, and the period may span at most ten years."]);
            return Page();
        }

        await using var stream = hours.OpenReadStream();
        Report = await importer.ImportAsync(request, stream, ct);
        if (Report.ProblemCounts.ContainsKey(ImportProblemReason.MissingColumn))
        {
            Headers = Absence.ImportModel.HeadersOf(stream);
            Mappings = [.. Report.Problems.Where(p => p.Reason == ImportProblemReason.MissingColumn).Select(p => new MappingField { Column = p.Column })];
        }

        return Page();
    }

    public async Task<IActionResult> OnPostMappingAsync(CancellationToken ct)
    {
        var orgId = me.RequiredOrganisationId;
        var existing = await db.Set<AbsenceMapping>().Where(m => m.Kind == AbsenceMappingKind.TrainingColumn).ToListAsync(ct);
        foreach (var m in Mappings.Where(m => !string.IsNullOrWhiteSpace(m.Header)))
        {
            if (!ImportColumns.All(ImportFile.TrainingHours).Contains(m.Column, StringComparer.Ordinal) || m.Header!.Length > 100)
            {
                continue;
            }

            var source = ImportColumns.Normalise(m.Header);
            var found = existing.FirstOrDefault(x => x.Source == source);
            if (found is null)
            {
                db.Add(new AbsenceMapping(orgId, AbsenceMappingKind.TrainingColumn, source, m.Column));
            }
            else
            {
                found.Retarget(m.Column);
            }
        }

        await db.SaveChangesAsync(ct);
        Notice = l["The mapping is saved. Choose the files again and import them."];
        return RedirectToPage();
    }

    private DateOnly? Month(string? text, string field)
    {
        if (DateOnly.TryParseExact((text ?? "").Trim() + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month))
        {
            return month;
        }

        ModelState.AddModelError(field, l["Enter the month as YYYY-MM, for example 2024-01."]);
        return null;
    }

    public sealed class ImportForm
    {
        [Required(ErrorMessage = "Enter the first month of the period.")]
        public string? FirstMonth { get; set; }

        [Required(ErrorMessage = "Enter the last month of the period.")]
        public string? LastMonth { get; set; }

        public bool DayFirst { get; set; }
    }

    public sealed class MappingField
    {
        public string Column { get; set; } = "";

        public string? Header { get; set; }
    }
}
