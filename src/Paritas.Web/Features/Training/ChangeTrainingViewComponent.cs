using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Paritas.Web.Data;
using Paritas.Web.Features.Accounts;
using Paritas.Web.Features.Training.Ledger;

namespace Paritas.Web.Features.Training;

/// <summary>
/// The "Training" section of the change page: needs and plan at a glance for every member, and the
/// change's units' ledger for those who may read training aggregates.
/// </summary>
public sealed class ChangeTrainingViewComponent(AppDbContext db, TrainingLedger ledger, CurrentUser me, IAuthorizationService authorization) : ViewComponent
{
    public const string ViewPath = "~/Features/Training/ChangeTraining.cshtml";

    public async Task<IViewComponentResult> InvokeAsync(Guid changeId)
    {
        var ct = HttpContext.RequestAborted;
        var needs = await db.Set<TrainingNeed>().CountAsync(n => n.ChangeId == changeId, ct);
        var plan = await db.Set<TrainingPlan>().Where(p => p.ChangeId == changeId)
            .Select(p => new { Activities = p.Activities.Count, Agreed = p.EmployerAgreedBy != null && p.WorkersAgreedBy != null }).FirstOrDefaultAsync(ct);
        var mayEdit = (await authorization.AuthorizeAsync(UserClaimsPrincipal, Policies.JointCommittee)).Succeeded;
        var mayRead = (await authorization.AuthorizeAsync(UserClaimsPrincipal, TrainingPolicies.LedgerReaders)).Succeeded;
        var table = mayRead ? await ledger.ReadAsync(me.RequiredOrganisationId, me.Id, me.Role?.ToString(), null, changeId, ct) : null;
        return View(ViewPath, new ChangeTrainingView(changeId, needs, plan?.Activities ?? 0, plan?.Agreed ?? false, mayEdit, mayRead, table));
    }
}
