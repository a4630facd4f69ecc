using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Paritas.Web.Data;
using Paritas.Web.Features.Accounts;

namespace Paritas.Web.Features.Agreements;

[Authorize(Policy = Policies.Member)]
public sealed class IndexModel(AppDbContext db, CurrentUser me) : PageModel
{
    public IReadOnlyList<AgreementRow> Agreements { get; private set; } = [];

    public bool CanEdit { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        CanEdit = AgreementAccess.CanEdit(me);
        Agreements = await db.Agreements.OrderByDescending(a => a.InForce).ThenBy(a => a.Title)
            .Select(a => new AgreementRow(a.Id, a.Title, a.InForce, a.Clauses.Count, a.Rules.Count))
            .ToListAsync(ct);
    }

    public sealed record AgreementRow(Guid Id, string Title, bool InForce, int Clauses, int Rules);
}
