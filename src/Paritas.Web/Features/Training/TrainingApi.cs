using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Paritas.Web.Data;
using Paritas.Web.Features.Accounts;
using Paritas.Web.Features.Changes;
using Paritas.Web.Features.Training.Ledger;

namespace Paritas.Web.Features.Training;

/// <summary>
/// Training needs, plans and the guarded ledger for programs. Writes go through
/// <see cref="TrainingPlans"/> and reads of aggregates through <see cref="TrainingLedger"/>, as
/// the pages' do, so both enforce the same rules and release the same cells.
/// </summary>
public static class TrainingApi
{
    public static RouteGroupBuilder MapTrainingApi(this RouteGroupBuilder api)
    {
        var change = api.MapGroup("/changes/{id:guid}/training").RequireAuthorization(Policies.JointCommittee);
        change.MapGet("/needs", NeedsAsync).WithName("ListTrainingNeeds").WithSummary("The training needs recorded for a change, per workforce group.");
        change.MapPost("/needs", RecordNeedAsync).WithName("RecordTrainingNeed")
            .WithSummary("Records a training need. targetGroup is \"Dimension:code\" (e.g. \"AgeBand:55+\") or empty for everyone affected.");
        change.MapGet("/plan", PlanAsync).WithName("GetTrainingPlan").WithSummary("The change's training plan: activities, the entitlement start and who agreed it when.");
        change.MapPost("/plan/activities", AddActivityAsync).WithName("AddTrainingActivity")
            .WithSummary("Adds an activity to a plan not yet agreed; any confirmation so far is cleared. paidBy: Employer, Union, Shared, PublicFund or Other.");
        change.MapPost("/plan/agreement", AgreeAsync).WithName("AgreeTrainingPlan")
            .WithSummary("Confirms the plan for the caller's side. When both sides have confirmed, the change's \"training plan agreed\" obligations are met.");
        api.MapGet("/training/ledger", LedgerAsync).WithName("GetTrainingLedger")
            .WithSummary("Hours owed and delivered per unit and month (optionally by one workforce dimension, or for one change's units), with the equality view; hidden cells carry no numbers.")
            .RequireAuthorization(TrainingPolicies.LedgerReaders);
        return api;
    }

    private static async Task<Results<Ok<List<NeedResponse>>, NotFound>> NeedsAsync(Guid id, AppDbContext db, CancellationToken ct)
    {
        if (!await db.DigitalChanges.AnyAsync(c => c.Id == id, ct))
        {
            return TypedResults.NotFound();
        }

        var needs = await db.Set<TrainingNeed>().Where(n => n.ChangeId == id).OrderBy(n => n.RecordedAt)
            .Select(n => new NeedResponse(n.Id, n.Dimension, n.GroupCode, n.Description, n.RecordedAt)).ToListAsync(ct);
        return TypedResults.Ok(needs);
    }

    private static async Task<Results<Created<NeedResponse>, NotFound, ProblemHttpResult>> RecordNeedAsync(
        Guid id, NeedRequest request, TrainingPlans plans, CurrentUser me, AppDbContext db, IStringLocalizer<SharedResource> l, CancellationToken ct)
    {
        var result = await plans.RecordNeedAsync(id, request.TargetGroup, request.Description, Actor.Of(me), ct);
        if (result.Outcome == ChangeOutcome.NotFound)
        {
            return TypedResults.NotFound();
        }

        if (result.Outcome != ChangeOutcome.Done)
        {
            return Invalid(result, l);
        }

        var need = await db.Set<TrainingNeed>().Where(n => n.Id == result.Id).Select(n => new NeedResponse(n.Id, n.Dimension, n.GroupCode, n.Description, n.RecordedAt)).FirstAsync(ct);
        return TypedResults.Created($"/api/v1/changes/{id}/training/needs", need);
    }

    private static async Task<Results<Ok<PlanResponse>, NotFound>> PlanAsync(Guid id, AppDbContext db, CancellationToken ct)
        => await ReadPlanAsync(db, id, ct) is { } plan ? TypedResults.Ok(plan) : TypedResults.NotFound();

    private static async Task<Results<Ok<PlanResponse>, NotFound, ProblemHttpResult>> AddActivityAsync(
        Guid id, ActivitySpec request, TrainingPlans plans, AppDbContext db, IStringLocalizer<SharedResource> l, CancellationToken ct)
        => Answer(await plans.AddActivityAsync(id, request, ct), await ReadAfterAsync(db, id, ct), l);

    private static async Task<Results<Ok<PlanResponse>, NotFound, ProblemHttpResult>> AgreeAsync(
        Guid id, TrainingPlans plans, CurrentUser me, AppDbContext db, IStringLocalizer<SharedResource> l, CancellationToken ct)
        => Answer(await plans.AgreeAsync(id, Actor.Of(me), ct), await ReadAfterAsync(db, id, ct), l);

    private static async Task<Results<Ok<LedgerTable>, NotFound, ProblemHttpResult>> LedgerAsync(
        string? dimension, Guid? changeId, TrainingLedger ledger, CurrentUser me, IStringLocalizer<SharedResource> l, CancellationToken ct)
    {
        if (!string.IsNullOrWhiteSpace(dimension) && !(await ledger.DimensionsAsync(me.RequiredOrganisationId, ct)).Contains(dimension.Trim(), StringComparer.OrdinalIgnoreCase))
        {
            return TypedResults.Problem(new Microsoft.AspNetCore.Http.HttpValidationProblemDetails(new Dictionary<string, string[]>
            {
                ["dimension"] = [l["Choose one of the workforce dimensions of your organisation."]],
            })
            {
                Status = StatusCodes.Status422UnprocessableEntity,
                Title = l["The filters are not valid."],
            });
        }

        var table = await ledger.ReadAsync(me.RequiredOrganisationId, me.Id, me.Role?.ToString(), dimension, changeId, ct);
        return table is null ? TypedResults.NotFound() : TypedResults.Ok(table);
    }

    private static async Task<PlanResponse?> ReadAfterAsync(AppDbContext db, Guid id, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        return await ReadPlanAsync(db, id, ct);
    }

    private static Results<Ok<PlanResponse>, NotFound, ProblemHttpResult> Answer(ChangeResult result, PlanResponse? plan, IStringLocalizer<SharedResource> l)
        => result.Outcome switch
        {
            ChangeOutcome.NotFound => TypedResults.NotFound(),
            ChangeOutcome.Done when plan is not null => TypedResults.Ok(plan),
            ChangeOutcome.Done => TypedResults.NotFound(),
            _ => Invalid(result, l),
        };

    private static ProblemHttpResult Invalid(ChangeResult result, IStringLocalizer<SharedResource> l) =>
        TypedResults.Problem(new Microsoft.AspNetCore.Http.HttpValidationProblemDetails(result.ErrorList
            .GroupBy(e => char.ToLowerInvariant(e.Field[0]) + e.Field[1..]).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray()))
        {
            Status = StatusCodes.Status422UnprocessableEntity,
            Title = l["Nothing was recorded: correct these problems and send it again."],
        });

    /// <summary>Null when the change is not the organisation's; a change without a plan has an empty one.</summary>
    internal static async Task<PlanResponse?> ReadPlanAsync(AppDbContext db, Guid changeId, CancellationToken ct)
    {
        if (!await db.DigitalChanges.AnyAsync(c => c.Id == changeId, ct))
        {
            return null;
        }

        var plan = await db.Set<TrainingPlan>().AsNoTracking().Include(p => p.Activities).FirstOrDefaultAsync(p => p.ChangeId == changeId, ct);
        if (plan is null)
        {
            return new PlanResponse(changeId, null, false, null, null, null, null, []);
        }

        return new PlanResponse(changeId, plan.EntitlementStartsOn, plan.IsAgreed, plan.EmployerAgreedBy, plan.EmployerAgreedAt, plan.WorkersAgreedBy, plan.WorkersAgreedAt,
            [.. plan.Activities.OrderBy(a => a.StartOffsetDays).ThenBy(a => a.Title, StringComparer.Ordinal)
                .Select(a => new ActivityResponse(a.Id, a.Title, a.Dimension, a.GroupCode, a.HoursPerPerson, a.InWorkingTime, a.PaidBy.ToString(), a.StartOffsetDays, a.EndOffsetDays))]);
    }

    public sealed record NeedRequest(string? TargetGroup, string? Description);

    public sealed record NeedResponse(Guid Id, string Dimension, string GroupCode, string Description, DateTimeOffset RecordedAt);

    public sealed record ActivityResponse(Guid Id, string Title, string Dimension, string GroupCode, double HoursPerPerson, bool InWorkingTime, string PaidBy, int StartOffsetDays, int EndOffsetDays);

    public sealed record PlanResponse(
        Guid ChangeId,
        DateOnly? EntitlementStartsOn,
        bool Agreed,
        Guid? EmployerAgreedBy,
        DateTimeOffset? EmployerAgreedAt,
        Guid? WorkersAgreedBy,
        DateTimeOffset? WorkersAgreedAt,
        IReadOnlyList<ActivityResponse> Activities);
}
