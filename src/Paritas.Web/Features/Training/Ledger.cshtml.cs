using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Paritas.Web.Features.Accounts;
using Paritas.Web.Features.Audit;
using Paritas.Web.Features.Training.Ledger;

namespace Paritas.Web.Features.Training;

/// <summary>
/// Training owed and delivered per unit, group and month, the summary over the months, and the
/// equality view — as the guard releases them; the exports carry the same released table.
/// </summary>
public sealed class LedgerModel(TrainingLedger ledger, AuditTrail audit, CurrentUser me, IAuthorizationService authorization, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Dimension { get; set; }

    public IReadOnlyList<string> Dimensions { get; private set; } = [];

    public LedgerTable? Table { get; private set; }

    public bool MayImport { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        await ReadAsync(ct);
        MayImport = (await authorization.AuthorizeAsync(User, Policies.EmployerSide)).Succeeded;
        return Page();
    }

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken ct)
    {
        await ReadAsync(ct);
        await using var text = new StringWriter();
        await LedgerCsv.WriteAsync(Table!, text, ct);
        await RecordExportAsync("csv", ct);
        return File(Encoding.UTF8.GetBytes(text.ToString()), "text/csv", "training-ledger.csv");
    }

    public async Task<IActionResult> OnGetXlsxAsync(CancellationToken ct)
    {
        await ReadAsync(ct);
        var stream = new MemoryStream();
        LedgerXlsx.Write(Table!, stream);
        stream.Position = 0;
        await RecordExportAsync("xlsx", ct);
        return File(stream, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "training-ledger.xlsx");
    }

    private async Task ReadAsync(CancellationToken ct)
    {
        var orgId = me.RequiredOrganisationId;
        Dimensions = await ledger.DimensionsAsync(orgId, ct);
        if (!string.IsNullOrWhiteSpace(Dimension) && !Dimensions.Contains(Dimension, StringComparer.OrdinalIgnoreCase))
        {
            ModelState.AddModelError(nameof(Dimension), l["Choose one of the workforce dimensions of your organisation."]);
            Dimension = null;
        }

        Table = await ledger.ReadAsync(orgId, me.Id, me.Role?.ToString(), Dimension, null, ct);
    }

    private Task RecordExportAsync(string format, CancellationToken ct) =>
        audit.AppendAsync(new AuditRecord(AuditActions.Export, me.Id, me.Role?.ToString(), me.RequiredOrganisationId, TrainingLedgerDataset.Name,
            Table!.Dimension is null ? "unit × month" : $"unit × month × {Table.Dimension}", $"{format}: shown {Table.Shown}, suppressed {Table.Hidden}"), ct);
}
