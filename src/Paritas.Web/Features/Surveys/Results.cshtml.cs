using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Paritas.Web.Features.Accounts;
using Paritas.Web.Features.Audit;

namespace Paritas.Web.Features.Surveys;

/// <summary>
/// A closed wave's guarded results per unit, optionally by one workforce dimension, as charts with
/// their tables, and as CSV, XLSX and DOCX written from the very same cells. Every view and export is audited.
/// </summary>
public sealed class ResultsModel(WaveResults results, CurrentUser me, AuditTrail audit, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Dimension { get; set; }

    public WaveResultsView View { get; private set; } = null!;

    public IReadOnlyList<WaveDimension> Dimensions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
        => await LoadAsync(id, "page", ct) ? Page() : NotFound();

    public Task<IActionResult> OnGetCsvAsync(Guid id, CancellationToken ct)
        => ExportAsync(id, "csv", rows => File(ResultExports.Csv(rows, l), "text/csv; charset=utf-8", "survey-results.csv"), ct);

    public Task<IActionResult> OnGetXlsxAsync(Guid id, CancellationToken ct)
        => ExportAsync(id, "xlsx", rows => File(ResultExports.Xlsx(rows, l), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "survey-results.xlsx"), ct);

    public Task<IActionResult> OnGetDocxAsync(Guid id, CancellationToken ct)
        => ExportAsync(id, "docx", rows => File(ResultExports.Docx(View.Wave.SurveyTitle, Note, rows, l), "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "survey-results.docx"), ct);

    public string Note => l["A unit includes all units below it. A figure about fewer than {0} respondents is hidden, and so is any figure from which a hidden one could be worked out.", View.MinimumGroup];

    private async Task<IActionResult> ExportAsync(Guid id, string format, Func<IReadOnlyList<ResultRow>, IActionResult> write, CancellationToken ct)
    {
        if (!await LoadAsync(id, format, ct))
        {
            return NotFound();
        }

        if (View.Wave.Status == WaveStatus.Open)
        {
            return Redirect($"/Surveys/Results?id={id}");
        }

        await audit.AppendAsync(new AuditRecord(AuditActions.Export, me.Id, me.Role?.ToString(), me.OrganisationId, WaveResults.Dataset, Dimension is null ? "unit" : $"unit × {Dimension}", format, id.ToString("D")), ct);
        Response.Headers.CacheControl = "no-store";
        return write(ResultRow.From(View));
    }

    private async Task<bool> LoadAsync(Guid id, string channel, CancellationToken ct)
    {
        var header = await results.HeaderAsync(id, ct);
        if (header is null)
        {
            return false;
        }

        Dimensions = header.Value.Population.Dimensions;
        var view = await results.ReadAsync(id, Dimension, me.Id, me.Role?.ToString(), channel, ct);
        if (view is null)
        {
            // An unknown dimension shows the breakdown by unit, not an error page.
            Dimension = null;
            view = await results.ReadAsync(id, null, me.Id, me.Role?.ToString(), channel, ct);
        }

        View = view!;
        return true;
    }
}
