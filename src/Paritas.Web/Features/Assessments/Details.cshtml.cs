using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Paritas.Web.Features.Accounts;
using Paritas.Web.Features.Audit;
using Paritas.Web.Features.Changes;
using Paritas.Web.Features.Organisations;

namespace Paritas.Web.Features.Assessments;

/// <summary>One assessment version: where each side stands, scores, conclusions, dissent, signatures, versions; and its DOCX.</summary>
[Authorize(Policy = Policies.Member)]
public sealed class DetailsModel(AssessmentReader reader, AssessmentLedger ledger, AuditTrail audit, CurrentUser me, TimeProvider clock, IStringLocalizer<SharedResource> l) : PageModel
{
    public AssessmentReport Report { get; private set; } = null!;

    public Side? MySide { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public Task<IActionResult> OnPostShareAsync(Guid id, CancellationToken ct) => ActAsync(id, () => ledger.ShareAsync(id, Actor.Of(me), ct), ct);

    public Task<IActionResult> OnPostReopenAsync(Guid id, CancellationToken ct) => ActAsync(id, () => ledger.ReopenAsync(id, Actor.Of(me), ct), ct);

    /// <summary>The report as a Word document, with what this reader may see of it.</summary>
    public async Task<IActionResult> OnGetDocxAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var actions = await reader.ActionsAsync(Report.ChangeId, today, ct);
        var bytes = AssessmentDocument.Build(Report, actions, l);
        await audit.AppendAsync(new AuditRecord(AssessmentAudit.Exported, me.Id, me.Role?.ToString(), me.OrganisationId, AssessmentAudit.Dataset, "docx", "shown", Report.Id.ToString("D")), ct);
        return File(bytes, AssessmentDocument.ContentType, $"impact-assessment-{Report.Kind.ToString().ToLowerInvariant()}-v{Report.Number}.docx");
    }

    private async Task<IActionResult> ActAsync(Guid id, Func<Task<ChangeResult>> act, CancellationToken ct)
    {
        var result = await act();
        if (result.Outcome == ChangeOutcome.NotFound || !await LoadAsync(id, ct))
        {
            return NotFound();
        }

        if (result.Outcome == ChangeOutcome.Done)
        {
            return Redirect($"/Assessments/Details?id={id}");
        }

        AssessmentRefusal.Show(ModelState, result, l);

        return Page();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        MySide = me.Role is { } role ? new Actor(Guid.Empty, role).Side : null;
        var report = await reader.ReadAsync(id, MySide, ct);
        if (report is null)
        {
            return false;
        }

        Report = report;
        return true;
    }
}
