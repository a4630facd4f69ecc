using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Paritas.Web.Features.Accounts;

namespace Paritas.Web.Features.Absence.Analysis;

/// <summary>
/// The "Sickness absence after go-live" section of the change page. Only those who may read
/// absence indicators see it; the page itself stays open to every member.
/// </summary>
public sealed class ChangeAnalysisViewComponent(ChangeAnalyses analyses, CurrentUser me, IAuthorizationService authorization) : ViewComponent
{
    public const string ViewPath = "~/Features/Absence/Analysis/ChangeAnalysis.cshtml";

    public async Task<IViewComponentResult> InvokeAsync(Guid changeId)
    {
        var ct = HttpContext.RequestAborted;
        if (!(await authorization.AuthorizeAsync(UserClaimsPrincipal, AbsencePolicies.IndicatorReaders)).Succeeded)
        {
            await analyses.RecordDeniedAsync(changeId, me.Id, me.Role?.ToString(), ct);
            return View(ViewPath, new ChangeAnalysisView(false, null));
        }

        return View(ViewPath, new ChangeAnalysisView(true, await analyses.ReadAsync(changeId, me.Id, me.Role?.ToString(), ct)));
    }
}
