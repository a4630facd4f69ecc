using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Paritas.Web.Data;
using Paritas.Web.Features.Accounts;
using Paritas.Web.Features.Organisations;
using Paritas.Web.Features.Shared;

namespace Paritas.Web.Features;

/// <summary>Each role's start page: its organisation, committees and the tasks open to that role.</summary>
public sealed class StartModel(AppDbContext db, CurrentUser me, TimeProvider clock, IStringLocalizer<SharedResource> l) : PageModel
{
    public string Heading { get; private set; } = "";

    public Role? Role { get; private set; }

    public bool IsPlatformAdministrator { get; private set; }

    public OrganisationSummary? Organisation { get; private set; }

    public int UnitCount { get; private set; }

    public int CommitteeCount { get; private set; }

    public IReadOnlyList<StartTask> Tasks { get; private set; } = [];

    public IReadOnlyList<CommitteeView> Committees { get; private set; } = [];

    /// <summary>For the representatives of both sides: what is overdue under the agreements.</summary>
    public IReadOnlyList<Changes.CalendarItem> OverdueObligations { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Role = me.Role;
        IsPlatformAdministrator = me.IsPlatformAdministrator;
        Heading = Role is { } r ? l["Start page for the {0}", InSentence.Name(l[RoleNames.Of(r)])] : l["Platform administration"];
        if (me.OrganisationId is not { } orgId || Role is null)
        {
            return;
        }

        Organisation = await db.Organisations.Where(o => o.Id == orgId).Select(o => new OrganisationSummary(o.Name, o.CreatedAt)).FirstAsync(ct);
        UnitCount = await db.Units.CountAsync(u => u.ClosedOn == null, ct);
        CommitteeCount = await db.JointCommittees.CountAsync(ct);
        Tasks = StartTasks.For(Role.Value);
        if (RoleFacts.IsEmployerSide(Role.Value) || RoleFacts.IsWorkersSide(Role.Value))
        {
            OverdueObligations = await Changes.ChangeCalendar.OverdueAsync(db, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), ct);
        }

        var committees = await db.JointCommittees.OrderBy(c => c.Name).Select(c => new { c.Id, c.Name }).ToListAsync(ct);
        var members = await db.CommitteeMembers
            .Join(db.Users, m => m.UserId, u => u.Id, (m, u) => new { m.CommitteeId, Name = u.DisplayName, m.Side, m.Role })
            .ToListAsync(ct);
        Committees = [.. committees.Select(c => new CommitteeView(c.Name, [.. members.Where(m => m.CommitteeId == c.Id).OrderBy(m => m.Side).ThenBy(m => m.Name, StringComparer.CurrentCulture).Select(m => new CommitteeMemberView(m.Name, m.Side, m.Role))]))];
    }

    public sealed record OrganisationSummary(string Name, DateTimeOffset CreatedAt);

    public sealed record CommitteeView(string Name, IReadOnlyList<CommitteeMemberView> Members);

    public sealed record CommitteeMemberView(string Name, Side Side, CommitteeRole Role);
}
