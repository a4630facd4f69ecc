using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Paritas.Web.Features.Accounts;
using Paritas.Web.Features.Changes;

namespace Paritas.Web.Features.Assessments;

/// <summary>The whole assessment on one page for printing or saving as PDF: no forms, no scripts.</summary>
[Authorize(Policy = Policies.Member)]
public sealed class PrintModel(AssessmentReader reader, CurrentUser me, TimeProvider clock) : PageModel
{
    public AssessmentReport Report { get; private set; } = null!;

    public IReadOnlyList<ActionRow> Actions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var side = me.Role is { } role ? new Actor(Guid.Empty, role).Side : null;
        var report = await reader.ReadAsync(id, side, ct);
        if (report is null)
        {
            return NotFound();
        }

        Report = report;
        Actions = await reader.ActionsAsync(report.ChangeId, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), ct);
        return Page();
    }
}
