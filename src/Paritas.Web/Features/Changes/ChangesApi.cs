using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Paritas.Web.Data;
using Paritas.Web.Features.Accounts;

namespace Paritas.Web.Features.Changes;

/// <summary>
/// Changes and their obligations for programs. Every write goes through ChangeRegister or
/// ObligationLedger, as the pages' do, so both enforce the same rules (a waiver needs both sides,
/// a gate holds until met, a stale version is refused).
/// </summary>
public static class ChangesApi
{
    public static RouteGroupBuilder MapChangesApi(this RouteGroupBuilder api)
    {
        var changes = api.MapGroup("/changes");
        changes.MapGet("/", ListAsync).WithName("ListChanges")
            .WithSummary("The organisation's digital changes. Filters: stage, category, unit (id), overdue (only changes with overdue obligations), surveillance (only changes that watch workers).");
        changes.MapGet("/{id:guid}", GetAsync).WithName("GetChange").WithSummary("One change with its affected units and obligations, and the version to send back when editing it.");
        changes.MapPost("/", RegisterAsync).WithName("RegisterChange")
            .WithSummary("Registers a change. Category and hosting take the names listed in the schema (e.g. MobileDevicesAndApps, VendorHosted).")
            .RequireAuthorization(Policies.JointCommittee);
        changes.MapPut("/{id:guid}", UpdateAsync).WithName("UpdateChange")
            .WithSummary("Replaces a change's register fields and affected units. Send the version you read; a stale version gives 409 and saves nothing.")
            .RequireAuthorization(Policies.JointCommittee);
        changes.MapPost("/{id:guid}/stage", MoveAsync).WithName("MoveChange")
            .WithSummary("Moves a change to another stage, with a reason. Unmet obligations that gate the stage give 422 naming them.")
            .RequireAuthorization(Policies.JointCommittee);
        changes.MapGet("/{id:guid}/obligations", ObligationsAsync).WithName("ListChangeObligations").WithSummary("What each side owes for a change under the agreements in force.");

        var obligations = api.MapGroup("/obligations").RequireAuthorization(Policies.JointCommittee);
        obligations.MapPost("/{id:guid}/met", MeetAsync).WithName("MeetObligation").WithSummary("Records an obligation as met, with evidence (a description or an http(s) link).");
        obligations.MapPost("/{id:guid}/missed", MissAsync).WithName("MissObligation").WithSummary("Records an open obligation as missed.");
        obligations.MapPost("/{id:guid}/waiver", WaiveAsync).WithName("WaiveObligation")
            .WithSummary("Asks for a waiver with a reason, or confirms the other side's request. One side alone can never waive.");
        return api;
    }

    private static async Task<Results<Ok<List<ChangeSummaryResponse>>, ProblemHttpResult>> ListAsync(
        string? stage, string? category, Guid? unit, bool? overdue, bool? surveillance, AppDbContext db, TimeProvider clock, IStringLocalizer<SharedResource> l, CancellationToken ct)
    {
        var errors = new List<ChangeError>();
        var query = db.DigitalChanges.AsQueryable();
        if (stage is not null)
        {
            if (Parse<ChangeStage>(stage) is { } s)
            {
                query = query.Where(c => c.Stage == s);
            }
            else
            {
                errors.Add(new("Stage", l["Choose a stage."]));
            }
        }

        if (category is not null)
        {
            if (Parse<ChangeCategory>(category) is { } c)
            {
                query = query.Where(x => x.Category == c);
            }
            else
            {
                errors.Add(new("Category", l["Choose a category."]));
            }
        }

        if (errors.Count > 0)
        {
            return Invalid(errors, l["The filters are not valid."]);
        }

        if (unit is { } u)
        {
            query = query.Where(c => db.AffectedUnits.Any(a => a.ChangeId == c.Id && a.UnitId == u));
        }

        var today = Today(clock);
        if (overdue == true)
        {
            query = query.Where(c => db.Obligations.Any(o => o.ChangeId == c.Id && o.Status == ObligationStatus.Open && o.DueOn != null && o.DueOn < today));
        }

        if (surveillance == true)
        {
            query = query.Where(c => c.WorkerData.LocationTracking || c.WorkerData.ScreenOrKeystrokeCapture || c.WorkerData.PerformanceMetrics || c.WorkerData.Biometrics);
        }

        var rows = await query.Select(c => new
        {
            c.Id,
            c.Title,
            c.Category,
            c.Stage,
            FirstGoLive = db.AffectedUnits.Where(a => a.ChangeId == c.Id && a.GoLive != null).Min(a => a.GoLive),
            Units = db.AffectedUnits.Count(a => a.ChangeId == c.Id),
            Watches = c.WorkerData.LocationTracking || c.WorkerData.ScreenOrKeystrokeCapture || c.WorkerData.PerformanceMetrics || c.WorkerData.Biometrics,
            Overdue = db.Obligations.Count(o => o.ChangeId == c.Id && o.Status == ObligationStatus.Open && o.DueOn != null && o.DueOn < today),
        }).ToListAsync(ct);
        return TypedResults.Ok(rows
            .OrderBy(r => r.FirstGoLive ?? DateOnly.MaxValue).ThenBy(r => r.Title, StringComparer.Ordinal)
            .Select(r => new ChangeSummaryResponse(r.Id, r.Title, r.Category.ToString(), r.Stage.ToString(), r.FirstGoLive, r.Units, r.Watches, r.Overdue))
            .ToList());
    }

    private static async Task<Results<Ok<ChangeResponse>, NotFound>> GetAsync(Guid id, AppDbContext db, TimeProvider clock, CancellationToken ct)
        => await FindAsync(db, id, Today(clock), ct) is { } change ? TypedResults.Ok(change) : TypedResults.NotFound();

    private static async Task<Results<Created<ChangeResponse>, ProblemHttpResult>> RegisterAsync(
        ChangeRequest request, ChangeRegister register, CurrentUser me, AppDbContext db, TimeProvider clock, IStringLocalizer<SharedResource> l, CancellationToken ct)
    {
        var result = await register.RegisterAsync(request.ToDetails(), request.UnitPlans(), Actor.Of(me), ct);
        if (result.Outcome != ChangeOutcome.Done)
        {
            return Invalid(result.ErrorList, l["The change was not registered: correct these problems and send it again."]);
        }

        var change = (await FindAsync(db, result.Id!.Value, Today(clock), ct))!;
        return TypedResults.Created($"/api/v1/changes/{change.Id}", change);
    }

    private static async Task<Results<Ok<ChangeResponse>, NotFound, ProblemHttpResult>> UpdateAsync(
        Guid id, ChangeRequest request, ChangeRegister register, CurrentUser me, AppDbContext db, TimeProvider clock, IStringLocalizer<SharedResource> l, CancellationToken ct)
    {
        if (!await db.DigitalChanges.AnyAsync(c => c.Id == id, ct))
        {
            return TypedResults.NotFound();
        }

        if (request.Version is not { } version)
        {
            return Invalid([new("Version", l["Send the version of the change you read."])], l["The change was not saved: correct these problems and send it again."]);
        }

        var result = await register.UpdateAsync(id, version, request.ToDetails(), request.UnitPlans(), Actor.Of(me), ct);
        return await ChangeAnswerAsync(result, id, db, clock, l, ct);
    }

    private static async Task<Results<Ok<ChangeResponse>, NotFound, ProblemHttpResult>> MoveAsync(
        Guid id, StageRequest request, ChangeRegister register, CurrentUser me, AppDbContext db, TimeProvider clock, IStringLocalizer<SharedResource> l, CancellationToken ct)
    {
        var target = request.Stage is null ? (ChangeStage)(-1) : Parse<ChangeStage>(request.Stage) ?? (ChangeStage)(-1);
        var result = await register.MoveAsync(id, request.Version, target, request.Reason, Actor.Of(me), ct);
        if (result.Outcome == ChangeOutcome.Blocked)
        {
            var gating = await db.Obligations.AsNoTracking().Where(o => o.ChangeId == id && o.GatesStage != null).ToListAsync(ct);
            var problem = Problem(result.ErrorList, l["Obligations that gate this stage are not met. Meet them, or have them waived by both sides."]);
            problem.Extensions["unmetObligations"] = StageGate.Blocking(gating, o => (o.GatesStage, o.IsSettled), target)
                .Select(o => new UnmetObligationResponse(o.Id, o.Kind.ToString(), o.DueOn)).ToList();
            return TypedResults.Problem(problem);
        }

        return await ChangeAnswerAsync(result, id, db, clock, l, ct);
    }

    private static async Task<Results<Ok<List<ObligationResponse>>, NotFound>> ObligationsAsync(Guid id, AppDbContext db, TimeProvider clock, CancellationToken ct)
    {
        if (!await db.DigitalChanges.AnyAsync(c => c.Id == id, ct))
        {
            return TypedResults.NotFound();
        }

        return TypedResults.Ok(await ObligationsOfAsync(db, id, Today(clock), ct));
    }

    private static async Task<Results<Ok<ObligationResponse>, NotFound, ProblemHttpResult>> MeetAsync(
        Guid id, MeetRequest request, ObligationLedger ledger, CurrentUser me, AppDbContext db, TimeProvider clock, IStringLocalizer<SharedResource> l, CancellationToken ct)
        => await ObligationAnswerAsync(await ledger.MeetAsync(id, request.Version, request.Evidence, request.EvidenceUrl, Actor.Of(me), ct), id, db, clock, l, ct);

    private static async Task<Results<Ok<ObligationResponse>, NotFound, ProblemHttpResult>> MissAsync(
        Guid id, MissRequest request, ObligationLedger ledger, CurrentUser me, AppDbContext db, TimeProvider clock, IStringLocalizer<SharedResource> l, CancellationToken ct)
        => await ObligationAnswerAsync(await ledger.MarkMissedAsync(id, request.Version, request.Note, Actor.Of(me), ct), id, db, clock, l, ct);

    private static async Task<Results<Ok<ObligationResponse>, NotFound, ProblemHttpResult>> WaiveAsync(
        Guid id, WaiverRequest request, ObligationLedger ledger, CurrentUser me, AppDbContext db, TimeProvider clock, IStringLocalizer<SharedResource> l, CancellationToken ct)
        => await ObligationAnswerAsync(await ledger.WaiveAsync(id, request.Version, request.Reason, Actor.Of(me), ct), id, db, clock, l, ct);

    private static async Task<Results<Ok<ChangeResponse>, NotFound, ProblemHttpResult>> ChangeAnswerAsync(ChangeResult result, Guid id, AppDbContext db, TimeProvider clock, IStringLocalizer<SharedResource> l, CancellationToken ct)
        => result.Outcome switch
        {
            ChangeOutcome.NotFound => TypedResults.NotFound(),
            ChangeOutcome.Conflict => TypedResults.Problem(
                statusCode: StatusCodes.Status409Conflict,
                title: l["Someone else changed this change."],
                detail: l["The change was saved by someone else after you read it, so yours was not saved. Read it again and send its current version."]),
            ChangeOutcome.Done => TypedResults.Ok((await FindAsync(db, id, Today(clock), ct))!),
            _ => Invalid(result.ErrorList, l["The change was not saved: correct these problems and send it again."]),
        };

    private static async Task<Results<Ok<ObligationResponse>, NotFound, ProblemHttpResult>> ObligationAnswerAsync(ChangeResult result, Guid id, AppDbContext db, TimeProvider clock, IStringLocalizer<SharedResource> l, CancellationToken ct)
        => result.Outcome switch
        {
            ChangeOutcome.NotFound => TypedResults.NotFound(),
            ChangeOutcome.Conflict => TypedResults.Problem(
                statusCode: StatusCodes.Status409Conflict,
                title: l["Someone else changed this obligation."],
                detail: l["Something was recorded on the obligation after you read it, so nothing was saved. Read it again and send its current version."]),
            ChangeOutcome.Done => TypedResults.Ok((await ObligationsQuery(db, db.Obligations.Where(o => o.Id == id), Today(clock)).FirstAsync(ct))),
            _ => Invalid(result.ErrorList, l["Nothing was recorded: correct these problems and send it again."]),
        };

    private static async Task<ChangeResponse?> FindAsync(AppDbContext db, Guid id, DateOnly today, CancellationToken ct)
    {
        var c = await db.DigitalChanges.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct);
        if (c is null)
        {
            return null;
        }

        var units = await db.AffectedUnits.Where(a => a.ChangeId == id)
            .Join(db.Units, a => a.UnitId, u => u.Id, (a, u) => new AffectedUnitResponse(a.UnitId, u.Code, u.Name, a.Headcount, a.GoLive))
            .ToListAsync(ct);
        return new ChangeResponse(
            c.Id,
            c.Title,
            c.Description,
            c.Category.ToString(),
            c.Vendor,
            c.Hosting.ToString(),
            c.Stage.ToString(),
            c.StageSince,
            c.RegisteredAt,
            c.RegisteredBySide?.ToString(),
            c.WorkerData,
            c.Service,
            c.Resilience,
            [.. units.OrderBy(u => u.GoLive ?? DateOnly.MaxValue).ThenBy(u => u.Code, StringComparer.Ordinal)],
            await ObligationsOfAsync(db, id, today, ct),
            c.Version);
    }

    private static async Task<List<ObligationResponse>> ObligationsOfAsync(AppDbContext db, Guid changeId, DateOnly today, CancellationToken ct)
        => [.. (await ObligationsQuery(db, db.Obligations.Where(o => o.ChangeId == changeId), today).ToListAsync(ct)).OrderBy(o => o.DueOn ?? DateOnly.MaxValue).ThenBy(o => o.Kind, StringComparer.Ordinal)];

    private static IQueryable<ObligationResponse> ObligationsQuery(AppDbContext db, IQueryable<Obligation> obligations, DateOnly today)
        => obligations.AsNoTracking().Select(o => new ObligationResponse(
            o.Id,
            o.ChangeId,
            o.Kind.ToString(),
            o.ResponsibleSide.ToString(),
            o.DueOn,
            o.Status == ObligationStatus.Open && o.DueOn != null && o.DueOn < today,
            o.GatesStage == null ? null : o.GatesStage.ToString(),
            o.Status.ToString(),
            o.Source,
            o.Evidence,
            o.EvidenceUrl,
            o.WaiverRequestedBy == null ? null : o.WaiverRequestedBy.ToString(),
            o.WaiverReason,
            o.Version));

    private static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    /// <summary>A value's name, never its number: "5" would otherwise parse as a stage.</summary>
    internal static T? Parse<T>(string? value)
        where T : struct, Enum
        => value is not null && value.Length > 0 && char.IsLetter(value[0]) && Enum.TryParse<T>(value.Trim(), ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) ? parsed : null;

    private static ProblemHttpResult Invalid(IEnumerable<ChangeError> errors, string title) => TypedResults.Problem(Problem(errors, title));

    private static HttpValidationProblemDetails Problem(IEnumerable<ChangeError> errors, string title)
        => new(errors.GroupBy(e => Camel(e.Field)).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray()))
        {
            Status = StatusCodes.Status422UnprocessableEntity,
            Title = title,
        };

    // Fields as the request names them: "Units[0].GoLive" becomes "units[0].goLive".
    private static string Camel(string field)
        => field.Length == 0 ? "request" : string.Join('.', field.Split('.').Select(p => p.Length == 0 ? p : char.ToLowerInvariant(p[0]) + p[1..]));

    public sealed record ChangeRequest(
        string? Title,
        string? Description,
        string? Category,
        string? Vendor,
        string? Hosting,
        WorkerDataProfile? WorkerData,
        ServiceProfile? Service,
        ResilienceProfile? Resilience,
        List<UnitPlanRequest>? Units,
        Guid? Version)
    {
        public ChangeDetails ToDetails() => new(
            Title ?? "",
            Description,
            Parse<ChangeCategory>(Category) ?? (ChangeCategory)(-1),
            Vendor,
            Parse<HostingModel>(Hosting) ?? (HostingModel)(-1),
            WorkerData ?? WorkerDataProfile.Empty,
            Service ?? ServiceProfile.Empty,
            Resilience ?? ResilienceProfile.Empty);

        // A missing unit or headcount is sent on as invalid, so the register's own check names it.
        public IReadOnlyList<UnitPlan> UnitPlans() => [.. (Units ?? []).Select(u => new UnitPlan(u?.UnitId ?? Guid.Empty, u?.Headcount ?? -1, u?.GoLive))];
    }

    public sealed record UnitPlanRequest(Guid? UnitId, int? Headcount, DateOnly? GoLive);

    public sealed record StageRequest(string? Stage, string? Reason, Guid? Version);

    public sealed record MeetRequest(string? Evidence, string? EvidenceUrl, Guid? Version);

    public sealed record MissRequest(string? Note, Guid? Version);

    public sealed record WaiverRequest(string? Reason, Guid? Version);

    public sealed record ChangeSummaryResponse(Guid Id, string Title, string Category, string Stage, DateOnly? FirstGoLive, int Units, bool WatchesWorkers, int OverdueObligations);

    public sealed record ChangeResponse(
        Guid Id,
        string Title,
        string? Description,
        string Category,
        string? Vendor,
        string Hosting,
        string Stage,
        DateTimeOffset StageSince,
        DateTimeOffset RegisteredAt,
        string? RegisteredBySide,
        WorkerDataProfile WorkerData,
        ServiceProfile Service,
        ResilienceProfile Resilience,
        List<AffectedUnitResponse> Units,
        List<ObligationResponse> Obligations,
        Guid Version);

    public sealed record AffectedUnitResponse(Guid UnitId, string Code, string Name, int Headcount, DateOnly? GoLive);

    public sealed record ObligationResponse(
        Guid Id,
        Guid ChangeId,
        string Kind,
        string ResponsibleSide,
        DateOnly? DueOn,
        bool Overdue,
        string? GatesStage,
        string Status,
        string Source,
        string? Evidence,
        string? EvidenceUrl,
        string? WaiverRequestedBy,
        string? WaiverReason,
        Guid Version);

    public sealed record UnmetObligationResponse(Guid Id, string Kind, DateOnly? DueOn);
}
