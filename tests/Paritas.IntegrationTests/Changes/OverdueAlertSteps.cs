using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Paritas.Web.Features.Accounts;
using Paritas.Web.Features.Changes;
using Paritas.Web.Features.Organisations;

namespace Paritas.IntegrationTests.Changes;

/// <summary>A joint committee to alert, and the alert run for a chosen day.</summary>
public static class OverdueAlertSteps
{
    public static async Task<TestUser> SeatAsync(this ParitasFactory app, Organisation org, Role role, Side side, CommitteeRole seat, string? culture = null)
    {
        var user = await app.CreateUserAsync(org, role);
        await app.WithScopeAsync(async (_, db) =>
        {
            var committee = await db.JointCommittees.IgnoreQueryFilters().FirstOrDefaultAsync(c => c.OrganisationId == org.Id);
            if (committee is null)
            {
                committee = new JointCommittee(org.Id, "Committee on technological change");
                db.JointCommittees.Add(committee);
            }

            db.CommitteeMembers.Add(new CommitteeMember(committee, user.Id, side, seat));
            if (culture is not null)
            {
                (await db.Users.SingleAsync(u => u.Id == user.Id)).PreferredCulture = culture;
            }

            await db.SaveChangesAsync();
            return 0;
        });
        return user;
    }

    public static Task<int> SendOverdueAlertsAsync(this ParitasFactory app, DateOnly day)
        => app.Services.GetRequiredService<OverdueObligationAlerts>().SendAsync(day, default);
}
