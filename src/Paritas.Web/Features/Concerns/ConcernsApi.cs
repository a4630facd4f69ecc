using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Paritas.Web.Data;
using Paritas.Web.Features.Accounts;

namespace Paritas.Web.Features.Concerns;

/// <summary>
/// Concerns for machines: the facts of a concern (never its words, which only an unlocked member
/// key opens) for the committee, and the guarded report for every member — as on the pages.
/// </summary>
public static class ConcernsApi
{
    public static RouteGroupBuilder MapConcernsApi(this RouteGroupBuilder api)
    {
        var concerns = api.MapGroup("/concerns");
        concerns.MapGet("/report", ReportAsync).WithName("GetConcernReport")
            .WithSummary("Concerns about a change by unit, category and status, and the share answered on time; counts under the minimum group are null.");
        concerns.MapGet("/{id:guid}", GetAsync).WithName("GetConcern")
            .WithSummary("A concern's category, status and deadlines, for members seated on a joint committee. Its words are sealed and not served here.")
            .RequireAuthorization(Policies.JointCommittee);
        return api;
    }

    private static async Task<Results<Ok<ConcernReportView>, NotFound>> ReportAsync(Guid changeId, ConcernReport report, CurrentUser me, CancellationToken ct)
        => await report.ForChangeAsync(changeId, me.Id, me.Role?.ToString(), ct) is { } view ? TypedResults.Ok(view) : TypedResults.NotFound();

    private static async Task<Results<Ok<ConcernResponse>, NotFound>> GetAsync(Guid id, AppDbContext db, CurrentUser me, CancellationToken ct)
    {
        if (!await CommitteeSeats.HasSeatAsync(db, me.Id, ct))
        {
            return TypedResults.NotFound();
        }

        var concern = await db.Concerns.Where(c => c.Id == id)
            .Select(c => new ConcernResponse(c.Id, c.ChangeId, c.UnitId, c.Category, c.Status, c.Outcome, c.ReceivedOn, c.AcknowledgedOn, c.AnsweredOn, c.ClosedOn, c.AcknowledgementDueOn, c.FeedbackDueOn))
            .FirstOrDefaultAsync(ct);
        return concern is null ? TypedResults.NotFound() : TypedResults.Ok(concern);
    }

    public sealed record ConcernResponse(Guid Id, Guid ChangeId, Guid? UnitId, ConcernCategory Category, ConcernStatus Status, ConcernOutcome? Outcome, DateOnly ReceivedOn, DateOnly? AcknowledgedOn, DateOnly? AnsweredOn, DateOnly? ClosedOn, DateOnly AcknowledgementDueOn, DateOnly FeedbackDueOn);
}
