using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Paritas.Web.Data;
using Paritas.Web.Features.Accounts;

namespace Paritas.Web.Features.Changes;

/// <summary>The organisation's digital changes, with filters a joint committee asks for.</summary>
[Authorize(Policy = Policies.Member)]
public sealed class IndexModel(AppDbContext db, CurrentUser me, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public ChangeFilter Filter { get; set; } = new();

    public IReadOnlyList<ChangeRow> Changes { get; private set; } = [];

    public IReadOnlyList<(Guid Id, string Name)> UnitChoices { get; private set; } = [];

    public bool CanRegister { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        CanRegister = me.Role is { } role && (RoleFacts.IsEmployerSide(role) || RoleFacts.IsWorkersSide(role));
        UnitChoices = [.. (await db.Units.OrderBy(u => u.Name).Select(u => new { u.Id, u.Name }).ToListAsync(ct)).Select(u => (u.Id, u.Name))];

        var query = db.DigitalChanges.AsQueryable();
        if (Filter.Stage is { } stage && Enum.IsDefined(stage))
        {
            query = query.Where(c => c.Stage == stage);
        }

        if (Filter.Category is { } category && Enum.IsDefined(category))
        {
            query = query.Where(c => c.Category == category);
        }

        if (Filter.Unit is { } unit)
        {
            query = query.Where(c => db.AffectedUnits.Any(a => a.ChangeId == c.Id && a.UnitId == unit));
        }

        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        if (Filter.Overdue)
        {
            query = query.Where(c => db.Obligations.Any(o => o.ChangeId == c.Id && o.Status == ObligationStatus.Open && o.DueOn != null && o.DueOn < today));
        }

        if (Filter.Surveillance)
        {
            query = query.Where(c => c.WorkerData.LocationTracking || c.WorkerData.ScreenOrKeystrokeCapture || c.WorkerData.PerformanceMetrics || c.WorkerData.Biometrics);
        }

        var rows = await query
            .Select(c => new
            {
                c.Id,
                c.Title,
                c.Category,
                c.Stage,
                Surveillance = c.WorkerData.LocationTracking || c.WorkerData.ScreenOrKeystrokeCapture || c.WorkerData.PerformanceMetrics || c.WorkerData.Biometrics,
                FirstGoLive = db.AffectedUnits.Where(a => a.ChangeId == c.Id && a.GoLive != null).Min(a => a.GoLive),
                Units = db.AffectedUnits.Count(a => a.ChangeId == c.Id),
                Overdue = db.Obligations.Count(o => o.ChangeId == c.Id && o.Status == ObligationStatus.Open && o.DueOn != null && o.DueOn < today),
            })
            .ToListAsync(ct);
        Changes = [.. rows.Select(r => new ChangeRow(r.Id, r.Title, r.Category, r.Stage, r.FirstGoLive, r.Units, r.Surveillance, r.Overdue))
            .OrderBy(r => r.Stage == ChangeStage.Withdrawn).ThenBy(r => r.FirstGoLive ?? DateOnly.MaxValue).ThenBy(r => r.Title, StringComparer.CurrentCulture)];
    }

    public sealed class ChangeFilter
    {
        public ChangeStage? Stage { get; set; }

        public ChangeCategory? Category { get; set; }

        public Guid? Unit { get; set; }

        public bool Surveillance { get; set; }

        public bool Overdue { get; set; }
    }

    public sealed record ChangeRow(Guid Id, string Title, ChangeCategory Category, ChangeStage Stage, DateOnly? FirstGoLive, int Units, bool Surveillance, int OverdueObligations);
}
