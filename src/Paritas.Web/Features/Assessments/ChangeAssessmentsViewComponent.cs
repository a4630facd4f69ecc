using Microsoft.AspNetCore.Mvc;
using Paritas.Web.Features.Accounts;
using Paritas.Web.Features.Changes;

namespace Paritas.Web.Features.Assessments;

/// <summary>The change page's "Impact assessments" and "Mitigation actions", next to its obligations.</summary>
public sealed class ChangeAssessmentsViewComponent(AssessmentReader reader, CurrentUser me, TimeProvider clock) : ViewComponent
{
    public const string ViewPath = "~/Features/Assessments/ChangeAssessments.cshtml";

    public async Task<IViewComponentResult> InvokeAsync(Guid changeId)
    {
        var ct = HttpContext.RequestAborted;
        var side = me.Role is { } role ? new Actor(Guid.Empty, role).Side : null;
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        return View(ViewPath, new ChangeAssessmentsView(changeId, side, await reader.ListAsync(changeId, side, ct), await reader.ActionsAsync(changeId, today, ct)));
    }
}
