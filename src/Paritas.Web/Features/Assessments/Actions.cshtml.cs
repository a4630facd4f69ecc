using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Paritas.Web.Data;
using Paritas.Web.Features.Accounts;
using Paritas.Web.Features.Audit;
using Paritas.Web.Features.Changes;

namespace Paritas.Web.Features.Assessments;

/// <summary>A change's mitigation actions, and the action plan as a spreadsheet.</summary>
[Authorize(Policy = Policies.Member)]
public sealed class ActionsModel(AppDbContext db, AssessmentReader reader, AuditTrail audit, CurrentUser me, TimeProvider clock, IStringLocalizer<SharedResource> l) : PageModel
{
    public Guid ChangeId { get; private set; }

    public string ChangeTitle { get; private set; } = "";

    public IReadOnlyList<ActionRow> Actions { get; private set; } = [];

    public bool CanAct { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid changeId, CancellationToken ct) => await LoadAsync(changeId, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnGetXlsxAsync(Guid changeId, CancellationToken ct)
    {
        if (!await LoadAsync(changeId, ct))
        {
            return NotFound();
        }

        await audit.AppendAsync(new AuditRecord(AssessmentAudit.Exported, me.Id, me.Role?.ToString(), me.OrganisationId, AssessmentAudit.Dataset, "xlsx", "shown", changeId.ToString("D")), ct);
        return File(ActionPlanWorkbook.Build(ChangeTitle, Actions, l), ActionPlanWorkbook.ContentType, "action-plan.xlsx");
    }

    private async Task<bool> LoadAsync(Guid changeId, CancellationToken ct)
    {
        var title = await db.DigitalChanges.Where(c => c.Id == changeId).Select(c => c.Title).FirstOrDefaultAsync(ct);
        if (title is null)
        {
            return false;
        }

        ChangeId = changeId;
        ChangeTitle = title;
        CanAct = me.Role is { } role && new Actor(Guid.Empty, role).Side is not null;
        Actions = await reader.ActionsAsync(changeId, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), ct);
        return true;
    }
}
