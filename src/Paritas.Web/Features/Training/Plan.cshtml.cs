using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Paritas.Web.Data;
using Paritas.Web.Features.Accounts;
using Paritas.Web.Features.Changes;
using Paritas.Web.Features.Organisations;

namespace Paritas.Web.Features.Training;

/// <summary>
/// A change's training: the needs the representatives record per workforce group, and the plan
/// both sides draft and agree. Agreeing meets the change's "training plan agreed" obligations.
/// </summary>
public sealed class PlanModel(AppDbContext db, TrainingPlans plans, CurrentUser me, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid ChangeId { get; set; }

    [BindProperty]
    public NeedForm Need { get; set; } = new();

    [BindProperty]
    public ActivityForm Activity { get; set; } = new();

    [BindProperty]
    public StartForm Start { get; set; } = new();

    public string ChangeTitle { get; private set; } = "";

    public IReadOnlyList<NeedRow> Needs { get; private set; } = [];

    public TrainingApi.PlanResponse Plan { get; private set; } = null!;

    public IReadOnlyDictionary<Guid, string> People { get; private set; } = new Dictionary<Guid, string>();

    public IReadOnlyList<SelectListItem> Groups { get; private set; } = [];

    public IReadOnlyList<SelectListItem> Payers { get; private set; } = [];

    public Side? MySide { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    public Task<IActionResult> OnPostNeedAsync(CancellationToken ct) =>
        ActAsync(nameof(Need), () => plans.RecordNeedAsync(ChangeId, Need.TargetGroup, Need.Description, Actor.Of(me), ct), "#needs", ct);

    public Task<IActionResult> OnPostActivityAsync(CancellationToken ct) =>
        ActAsync(nameof(Activity), () => plans.AddActivityAsync(ChangeId, new ActivitySpec(Activity.Title, Activity.TargetGroup, Activity.HoursPerPerson, Activity.InWorkingTime,
            Activity.PaidBy, Activity.StartOffsetDays, Activity.EndOffsetDays), ct), "#plan", ct);

    public Task<IActionResult> OnPostRemoveAsync(Guid activityId, CancellationToken ct) =>
        ActAsync(nameof(Activity), () => plans.RemoveActivityAsync(ChangeId, activityId, ct), "#plan", ct);

    public Task<IActionResult> OnPostStartAsync(CancellationToken ct)
    {
        DateOnly? startsOn = null;
        if (!string.IsNullOrWhiteSpace(Start.StartsOn))
        {
            if (!DateOnly.TryParseExact(Start.StartsOn.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return ActAsync(nameof(Start), () => Task.FromResult(ChangeResult.Invalid([new("StartsOn", l["Enter the date as YYYY-MM-DD, or leave it empty."])])), "#plan", ct);
            }

            startsOn = date;
        }

        return ActAsync(nameof(Start), () => plans.SetEntitlementStartAsync(ChangeId, startsOn, ct), "#plan", ct);
    }

    public Task<IActionResult> OnPostAgreeAsync(CancellationToken ct) =>
        ActAsync("Plan", () => plans.AgreeAsync(ChangeId, Actor.Of(me), ct), "#plan", ct);

    private async Task<IActionResult> ActAsync(string form, Func<Task<ChangeResult>> act, string anchor, CancellationToken ct)
    {
        ModelState.Clear();
        var result = await act();
        if (result.Outcome == ChangeOutcome.NotFound)
        {
            return NotFound();
        }

        if (result.Outcome == ChangeOutcome.Done)
        {
            return Redirect($"/Training/Plan?changeId={ChangeId:D}{anchor}");
        }

        foreach (var error in result.ErrorList)
        {
            ModelState.AddModelError(form + "." + error.Field, error.Message);
        }

        return await LoadAsync(ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        var title = await db.DigitalChanges.Where(c => c.Id == ChangeId).Select(c => c.Title).FirstOrDefaultAsync(ct);
        if (title is null)
        {
            return false;
        }

        db.ChangeTracker.Clear();
        ChangeTitle = title;
        Plan = (await TrainingApi.ReadPlanAsync(db, ChangeId, ct))!;
        var needs = await db.Set<TrainingNeed>().Where(n => n.ChangeId == ChangeId).OrderBy(n => n.RecordedAt)
            .Select(n => new { n.Dimension, n.GroupCode, n.Description, n.RecordedBy, n.RecordedAt }).ToListAsync(ct);
        var ids = needs.Select(n => n.RecordedBy).Concat(new[] { Plan.EmployerAgreedBy, Plan.WorkersAgreedBy }.OfType<Guid>()).Distinct().ToList();
        People = await db.Users.Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
        Needs = [.. needs.Select(n => new NeedRow(n.Dimension, n.GroupCode, n.Description, People.GetValueOrDefault(n.RecordedBy) ?? "", n.RecordedAt))];
        Groups = [new SelectListItem(l["Everyone affected"], ""), .. (await plans.GroupsAsync(ct)).Select(g => new SelectListItem($"{l[g.Dimension]}: {g.Name} ({g.Code})", g.Key))];
        Payers = [.. Enum.GetValues<TrainingPayer>().Select(p => new SelectListItem(l[TrainingNames.Of(p)], p.ToString()))];
        MySide = Actor.Of(me).Side;
        Start.StartsOn ??= Plan.EntitlementStartsOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return true;
    }

    public sealed record NeedRow(string Dimension, string GroupCode, string Description, string RecordedBy, DateTimeOffset RecordedAt);

    public sealed class NeedForm
    {
        public string? TargetGroup { get; set; }

        public string? Description { get; set; }
    }

    public sealed class ActivityForm
    {
        public string? Title { get; set; }

        public string? TargetGroup { get; set; }

        public double? HoursPerPerson { get; set; }

        public bool InWorkingTime { get; set; } = true;

        public string? PaidBy { get; set; } = nameof(TrainingPayer.Employer);

        public int? StartOffsetDays { get; set; }

        public int? EndOffsetDays { get; set; }
    }

    public sealed class StartForm
    {
        public string? StartsOn { get; set; }
    }
}
