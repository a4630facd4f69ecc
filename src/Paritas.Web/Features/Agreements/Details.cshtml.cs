using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Paritas.Web.Data;
using Paritas.Web.Features.Accounts;
using Paritas.Web.Features.Changes;

namespace Paritas.Web.Features.Agreements;

[Authorize(Policy = Policies.Member)]
public sealed class DetailsModel(AppDbContext db, ObligationPlanner planner, CurrentUser me) : PageModel
{
    public AgreementView Agreement { get; private set; } = null!;

    public IReadOnlyList<ClauseView> Clauses { get; private set; } = [];

    public bool CanEdit { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var agreement = await db.Agreements.Where(a => a.Id == id)
            .Select(a => new AgreementView(a.Id, a.Title, a.Summary, a.InForce, a.TrainingHoursPerMonth, a.TrainingHoursPerYear))
            .FirstOrDefaultAsync(ct);
        if (agreement is null)
        {
            return NotFound();
        }

        Agreement = agreement;
        CanEdit = AgreementAccess.CanEdit(me);
        var clauses = await db.Clauses.Where(c => c.AgreementId == id).OrderBy(c => c.Position).Select(c => new { c.Id, c.Position, c.Heading, c.Text }).ToListAsync(ct);
        var rules = await db.Rules.Where(r => r.AgreementId == id).ToListAsync(ct);
        Clauses = [.. clauses.Select(c => new ClauseView(c.Id, c.Position, c.Heading, ClauseMarkdown.ToSafeHtml(c.Text), [.. rules.Where(r => r.ClauseId == c.Id).Select(r => new RuleView(r.Id, r.Spec))]))];
        return Page();
    }

    public async Task<IActionResult> OnPostInForceAsync(Guid id, bool inForce, CancellationToken ct)
    {
        if (!AgreementAccess.CanEdit(me))
        {
            return Forbid();
        }

        var agreement = await db.Agreements.FirstOrDefaultAsync(a => a.Id == id, ct);
        if (agreement is null)
        {
            return NotFound();
        }

        agreement.SetInForce(inForce);
        await db.SaveChangesAsync(ct);
        await planner.RecomputeAllAsync(ct);
        return RedirectToPage(new { id });
    }

    public sealed record AgreementView(Guid Id, string Title, string? Summary, bool InForce, int? TrainingHoursPerMonth, int? TrainingHoursPerYear);

    public sealed record ClauseView(Guid Id, int Position, string Heading, string Html, IReadOnlyList<RuleView> Rules);

    public sealed record RuleView(Guid Id, RuleSpec Spec);
}
