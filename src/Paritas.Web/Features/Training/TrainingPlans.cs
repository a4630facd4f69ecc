using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Paritas.Web.Data;
using Paritas.Web.Features.Agreements;
using Paritas.Web.Features.Changes;
using Paritas.Web.Features.Organisations;

namespace Paritas.Web.Features.Training;

/// <summary>
/// Training needs and plans of a change. Pages and the API both come through here, so both apply
/// the same rules: groups must be the organisation's, an agreed plan is closed, and agreement
/// takes one confirmation from each side — which meets the change's "training plan agreed"
/// obligations, with the plan as evidence.
/// </summary>
public sealed class TrainingPlans(AppDbContext db, TimeProvider clock, IStringLocalizer<SharedResource> l)
{
    public const string EveryoneAffected = "";

    /// <summary>"Dimension:code" for every group the organisation defines, in order.</summary>
    public async Task<IReadOnlyList<(string Key, string Dimension, string Code, string Name)>> GroupsAsync(CancellationToken ct)
    {
        var groups = await db.WorkforceGroups.Join(db.WorkforceDimensions, g => g.DimensionId, d => d.Id, (g, d) => new { d.Kind, g.Code, g.Name }).ToListAsync(ct);
        return [.. groups.OrderBy(g => g.Kind).ThenBy(g => g.Code, StringComparer.Ordinal).Select(g => ($"{g.Kind}:{g.Code}", g.Kind.ToString(), g.Code, g.Name))];
    }

    public async Task<ChangeResult> RecordNeedAsync(Guid changeId, string? targetGroup, string? description, Actor actor, CancellationToken ct)
    {
        if (!await db.DigitalChanges.AnyAsync(c => c.Id == changeId, ct))
        {
            return ChangeResult.NotFound;
        }

        var errors = new List<ChangeError>();
        var group = await GroupAsync(targetGroup, "TargetGroup", errors, ct);
        description = description?.Trim();
        if (string.IsNullOrEmpty(description) || description.Length > TrainingNeed.DescriptionLength)
        {
            errors.Add(new("Description", l["Describe what people need to learn, in {0} characters or fewer.", TrainingNeed.DescriptionLength]));
        }

        if (errors.Count > 0)
        {
            return ChangeResult.Invalid(errors);
        }

        var change = await db.DigitalChanges.Where(c => c.Id == changeId).Select(c => c.OrganisationId).FirstAsync(ct);
        var need = new TrainingNeed(change, changeId, group.Dimension, group.Code, description!, actor.UserId, clock.GetUtcNow());
        db.Add(need);
        await db.SaveChangesAsync(ct);
        return ChangeResult.Done(need.Id);
    }

    public async Task<ChangeResult> AddActivityAsync(Guid changeId, ActivitySpec spec, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var (plan, refusal) = await OpenPlanAsync(changeId, ct);
        if (plan is null)
        {
            return refusal!;
        }

        var errors = new List<ChangeError>();
        var title = spec.Title?.Trim();
        if (string.IsNullOrEmpty(title) || title.Length > TrainingActivity.TitleLength)
        {
            errors.Add(new("Title", l["Name the course or activity, in {0} characters or fewer.", TrainingActivity.TitleLength]));
        }

        var group = await GroupAsync(spec.TargetGroup, "TargetGroup", errors, ct);
        if (spec.HoursPerPerson is not (> 0 and <= TrainingActivity.MaximumHours))
        {
            errors.Add(new("HoursPerPerson", l["Enter the hours per person, more than 0 and at most {0}.", TrainingActivity.MaximumHours]));
        }

        if (!Enum.TryParse<TrainingPayer>(spec.PaidBy, ignoreCase: true, out var payer) || !Enum.IsDefined(payer) || int.TryParse(spec.PaidBy, CultureInfo.InvariantCulture, out _))
        {
            errors.Add(new("PaidBy", l["Choose who pays for the training."]));
        }

        if (spec.StartOffsetDays is not { } start || spec.EndOffsetDays is not { } end
            || Math.Abs(start) > TrainingActivity.MaximumOffsetDays || Math.Abs(end) > TrainingActivity.MaximumOffsetDays || end < start)
        {
            errors.Add(new("StartOffsetDays", l["Enter when the activity starts and ends, in days from go-live (negative before it), from -{0} to {0}, the end not before the start.", TrainingActivity.MaximumOffsetDays]));
        }

        if (errors.Count > 0)
        {
            return ChangeResult.Invalid(errors);
        }

        var activity = plan.AddActivity(title!, group.Dimension, group.Code, spec.HoursPerPerson!.Value, spec.InWorkingTime, payer, spec.StartOffsetDays!.Value, spec.EndOffsetDays!.Value);
        db.Add(activity);
        await db.SaveChangesAsync(ct);
        return ChangeResult.Done(activity.Id);
    }

    public async Task<ChangeResult> RemoveActivityAsync(Guid changeId, Guid activityId, CancellationToken ct)
    {
        var (plan, refusal) = await OpenPlanAsync(changeId, ct);
        if (plan is null)
        {
            return refusal!;
        }

        var activity = plan.Activities.FirstOrDefault(a => a.Id == activityId);
        if (activity is null)
        {
            return ChangeResult.NotFound;
        }

        plan.RemoveActivity(activity);
        db.Remove(activity);
        await db.SaveChangesAsync(ct);
        return ChangeResult.Done(plan.Id);
    }

    public async Task<ChangeResult> SetEntitlementStartAsync(Guid changeId, DateOnly? startsOn, CancellationToken ct)
    {
        var (plan, refusal) = await OpenPlanAsync(changeId, ct);
        if (plan is null)
        {
            return refusal!;
        }

        plan.SetEntitlementStart(startsOn);
        await db.SaveChangesAsync(ct);
        return ChangeResult.Done(plan.Id);
    }

    /// <summary>
    /// One side's confirmation. When the other side has confirmed too, the plan is agreed and every
    /// open "training plan agreed" obligation of the change is met, with the plan as its evidence.
    /// </summary>
    public async Task<ChangeResult> AgreeAsync(Guid changeId, Actor actor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var (plan, refusal) = await OpenPlanAsync(changeId, ct);
        if (plan is null)
        {
            return refusal!;
        }

        if (actor.Side is not { } side)
        {
            return ChangeResult.Invalid([new("Side", l["Only a representative of one of the two sides can agree a training plan."])]);
        }

        if (plan.Activities.Count == 0)
        {
            return ChangeResult.Invalid([new("Activities", l["Add at least one activity before agreeing the plan."])]);
        }

        var now = clock.GetUtcNow();
        if (plan.Confirm(side, actor.UserId, now))
        {
            var evidence = l["Training plan agreed by both sides on {0}.", now.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)].Value;
            var obligations = await db.Obligations.Where(o => o.ChangeId == changeId && o.Kind == ObligationKind.TrainingPlanAgreed && o.Status == ObligationStatus.Open).ToListAsync(ct);
            foreach (var obligation in obligations)
            {
                obligation.Meet(evidence, PlanUrl(changeId), actor, now);
                db.ChangeHistory.Add(new ChangeHistoryEntry(obligation, ChangeHistoryKind.ObligationMet, actor, now, evidence));
            }
        }

        await db.SaveChangesAsync(ct);
        return ChangeResult.Done(plan.Id);
    }

    /// <summary>Where the agreed plan is, as the obligation's evidence link (relative: the same site).</summary>
    public static string PlanUrl(Guid changeId) => $"/Training/Plan?changeId={changeId:D}";

    /// <summary>The change's plan for editing, created on first use; refused when the change is unknown or the plan is agreed.</summary>
    private async Task<(TrainingPlan? Plan, ChangeResult? Refusal)> OpenPlanAsync(Guid changeId, CancellationToken ct)
    {
        var organisationId = await db.DigitalChanges.Where(c => c.Id == changeId).Select(c => (Guid?)c.OrganisationId).FirstOrDefaultAsync(ct);
        if (organisationId is null)
        {
            return (null, ChangeResult.NotFound);
        }

        var plan = await db.Set<TrainingPlan>().Include(p => p.Activities).FirstOrDefaultAsync(p => p.ChangeId == changeId, ct);
        if (plan is null)
        {
            plan = new TrainingPlan(organisationId.Value, changeId);
            db.Add(plan);
        }

        return plan.IsAgreed
            ? (null, ChangeResult.Invalid([new("Plan", l["The plan is agreed by both sides and can no longer be changed."])]))
            : (plan, null);
    }

    private async Task<(string Dimension, string Code)> GroupAsync(string? key, string field, List<ChangeError> errors, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(key))
        {
            return (EveryoneAffected, "");
        }

        var match = (await GroupsAsync(ct)).FirstOrDefault(g => string.Equals(g.Key, key.Trim(), StringComparison.OrdinalIgnoreCase));
        if (match.Key is null)
        {
            errors.Add(new(field, l["Choose one of the workforce groups of your organisation, or everyone affected."]));
            return (EveryoneAffected, "");
        }

        return (match.Dimension, match.Code);
    }
}
