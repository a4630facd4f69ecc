using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Paritas.Web.Data;
using Paritas.Web.Features.Agreements;

namespace Paritas.Web.Features.Changes;

/// <summary>
/// Registering, editing and moving changes. The pages and the API both come through here, so a
/// rule holds the same whichever way a person or program asks.
/// </summary>
public sealed class ChangeRegister(AppDbContext db, ObligationPlanner planner, TimeProvider clock, IStringLocalizer<SharedResource> l)
{
    private static readonly DateOnly EarliestGoLive = new(2000, 1, 1);
    private static readonly DateOnly LatestGoLive = new(2100, 12, 31);
    public const int MaximumHeadcount = 100_000;

    public async Task<ChangeResult> RegisterAsync(ChangeDetails details, IReadOnlyList<UnitPlan> units, Actor actor, CancellationToken ct)
    {
        details = Clean(details);
        var errors = Validate(details);
        errors.AddRange(await ValidateUnitsAsync(units, [], ct));
        if (errors.Count > 0)
        {
            return ChangeResult.Invalid(errors);
        }

        var now = clock.GetUtcNow();
        var organisationId = db.Tenant.OrganisationId ?? throw new InvalidOperationException("No organisation is selected.");
        var change = new DigitalChange(organisationId, details, actor, now);
        change.SetUnits(units);
        db.DigitalChanges.Add(change);
        db.ChangeHistory.Add(new ChangeHistoryEntry(change, ChangeHistoryKind.Registered, actor, now, null, toStage: ChangeStage.Proposed));
        await db.SaveChangesAsync(ct);
        await planner.RecomputeAsync(change.Id, ct);
        return ChangeResult.Done(change.Id);
    }

    public async Task<ChangeResult> UpdateAsync(Guid id, Guid version, ChangeDetails details, IReadOnlyList<UnitPlan> units, Actor actor, CancellationToken ct)
    {
        var change = await db.DigitalChanges.Include(c => c.Units).FirstOrDefaultAsync(c => c.Id == id, ct);
        if (change is null)
        {
            return ChangeResult.NotFound;
        }

        if (change.Version != version)
        {
            return ChangeResult.Conflict;
        }

        details = Clean(details);
        var errors = Validate(details);
        errors.AddRange(await ValidateUnitsAsync(units, [.. change.Units.Select(u => u.UnitId)], ct));
        if (errors.Count > 0)
        {
            return ChangeResult.Invalid(errors);
        }

        var fields = change.Update(details).ToList();
        if (change.SetUnits(units))
        {
            fields.Add("affected units");
        }

        if (fields.Count == 0)
        {
            return ChangeResult.Done(change.Id);
        }

        db.ChangeHistory.Add(new ChangeHistoryEntry(change, ChangeHistoryKind.Edited, actor, clock.GetUtcNow(), string.Join(", ", fields)));
        return await SaveAsync(change, version, ct);
    }

    public async Task<ChangeResult> MoveAsync(Guid id, Guid? version, ChangeStage target, string? reason, Actor actor, CancellationToken ct)
    {
        var change = await db.DigitalChanges.FirstOrDefaultAsync(c => c.Id == id, ct);
        if (change is null)
        {
            return ChangeResult.NotFound;
        }

        if (version is { } v && change.Version != v)
        {
            return ChangeResult.Conflict;
        }

        var errors = new List<ChangeError>();
        if (!Enum.IsDefined(target) || target == change.Stage)
        {
            errors.Add(new("Stage", l["Choose a stage other than the current one."]));
        }

        reason = reason?.Trim();
        if (string.IsNullOrEmpty(reason))
        {
            errors.Add(new("Reason", l["Say why the change moves to this stage."]));
        }
        else if (reason.Length > DigitalChange.ShortTextLength)
        {
            errors.Add(new("Reason", l["The reason must be {0} characters or fewer.", DigitalChange.ShortTextLength]));
        }

        if (errors.Count > 0)
        {
            return ChangeResult.Invalid(errors);
        }

        var blocking = await BlockingAsync(change, target, ct);
        if (blocking.Count > 0)
        {
            return new ChangeResult(ChangeOutcome.Blocked, change.Id, blocking);
        }

        return await MoveAndSaveAsync(change, target, reason!, actor, ct);
    }

    /// <summary>One side asks to move a change past unmet gating obligations; the other side must confirm.</summary>
    public async Task<ChangeResult> ProposeOverrideAsync(Guid id, ChangeStage target, string? reason, Actor actor, CancellationToken ct)
    {
        var change = await db.DigitalChanges.FirstOrDefaultAsync(c => c.Id == id, ct);
        if (change is null)
        {
            return ChangeResult.NotFound;
        }

        if (actor.Side is not { } side)
        {
            return ChangeResult.Invalid([new("Side", l["Only a representative of one of the two sides can propose an override."])]);
        }

        reason = reason?.Trim();
        if (string.IsNullOrEmpty(reason) || reason.Length > DigitalChange.ShortTextLength)
        {
            return ChangeResult.Invalid([new("Reason", l["Say why the gate should be overridden, in {0} characters or fewer.", DigitalChange.ShortTextLength])]);
        }

        if (!Enum.IsDefined(target) || (await BlockingAsync(change, target, ct)).Count == 0)
        {
            return ChangeResult.Invalid([new("Stage", l["No unmet obligation bars this stage: move the change directly."])]);
        }

        foreach (var pending in await db.GateOverrides.Where(o => o.ChangeId == id && o.ConfirmedAt == null && !o.Withdrawn).ToListAsync(ct))
        {
            pending.Withdraw();
        }

        var now = clock.GetUtcNow();
        var proposal = new GateOverride(change, target, reason, actor, side, now);
        db.GateOverrides.Add(proposal);
        db.ChangeHistory.Add(new ChangeHistoryEntry(change, ChangeHistoryKind.OverrideProposed, actor, now, reason, change.Stage, target));
        await db.SaveChangesAsync(ct);
        return ChangeResult.Done(proposal.Id);
    }

    public async Task<ChangeResult> ConfirmOverrideAsync(Guid overrideId, Actor actor, CancellationToken ct)
    {
        var proposal = await db.GateOverrides.FirstOrDefaultAsync(o => o.Id == overrideId, ct);
        var change = proposal is null ? null : await db.DigitalChanges.FirstOrDefaultAsync(c => c.Id == proposal.ChangeId, ct);
        if (proposal is null || change is null)
        {
            return ChangeResult.NotFound;
        }

        if (!proposal.IsPending)
        {
            return ChangeResult.Invalid([new("Override", l["This override is no longer waiting for confirmation."])]);
        }

        if (actor.Side is not { } side || side == proposal.ProposedBy)
        {
            return ChangeResult.Invalid([new("Override", l["The other side must confirm the override."])]);
        }

        var now = clock.GetUtcNow();
        proposal.Confirm(actor, now);
        db.ChangeHistory.Add(new ChangeHistoryEntry(change, ChangeHistoryKind.OverrideConfirmed, actor, now, proposal.Reason, change.Stage, proposal.TargetStage));
        return await MoveAndSaveAsync(change, proposal.TargetStage, proposal.Reason, actor, ct);
    }

    private async Task<ChangeResult> MoveAndSaveAsync(DigitalChange change, ChangeStage target, string reason, Actor actor, CancellationToken ct)
    {
        var from = change.Stage;
        var original = change.Version;
        var now = clock.GetUtcNow();
        change.MoveTo(target, now);
        db.ChangeHistory.Add(new ChangeHistoryEntry(change, ChangeHistoryKind.StageChanged, actor, now, reason, from, target));
        foreach (var pending in await db.GateOverrides.Where(o => o.ChangeId == change.Id && o.ConfirmedAt == null && !o.Withdrawn).ToListAsync(ct))
        {
            pending.Withdraw();
        }

        return await SaveAsync(change, original, ct);
    }

    /// <summary>The unmet obligations that bar the stage, as messages for a person.</summary>
    private async Task<IReadOnlyList<ChangeError>> BlockingAsync(DigitalChange change, ChangeStage target, CancellationToken ct)
    {
        await planner.RecomputeAsync(change.Id, ct);
        var obligations = await db.Obligations.Where(o => o.ChangeId == change.Id && o.GatesStage != null).ToListAsync(ct);
        return [.. StageGate.Blocking(obligations, o => (o.GatesStage, o.IsSettled), target)
            .Select(o => new ChangeError("Stage", o.DueOn is { } due
                ? l["{0} is not met yet (due {1}).", l[AgreementNames.Of(o.Kind)], due.ToString("d", System.Globalization.CultureInfo.CurrentCulture)]
                : l["{0} is not met yet.", l[AgreementNames.Of(o.Kind)]]))];
    }

    private async Task<ChangeResult> SaveAsync(DigitalChange change, Guid expectedVersion, CancellationToken ct)
    {
        // The version the person saw goes into the WHERE clause: a save in between makes this one fail.
        db.Entry(change).Property(c => c.Version).OriginalValue = expectedVersion;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return ChangeResult.Conflict;
        }

        // Dates and stages moved: so do the obligations counted from them.
        await planner.RecomputeAsync(change.Id, ct);
        return ChangeResult.Done(change.Id);
    }

    private static ChangeDetails Clean(ChangeDetails d) => d with
    {
        Title = d.Title?.Trim() ?? "",
        Description = Blank(d.Description),
        Vendor = Blank(d.Vendor),
        WorkerData = (d.WorkerData ?? WorkerDataProfile.Empty) with
        {
            DataProcessed = Blank(d.WorkerData?.DataProcessed),
            Purpose = Blank(d.WorkerData?.Purpose),
            WhoSees = Blank(d.WorkerData?.WhoSees),
            Retention = Blank(d.WorkerData?.Retention),
        },
        Service = (d.Service ?? ServiceProfile.Empty) with { ExclusionNote = Blank(d.Service?.ExclusionNote) },
        Resilience = new ResilienceProfile(Blank(d.Resilience?.ManualFallback), Blank(d.Resilience?.DataOwnership), Blank(d.Resilience?.AlertDecisions), Blank(d.Resilience?.ExitPlan)),
    };

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    private List<ChangeError> Validate(ChangeDetails d)
    {
        var errors = new List<ChangeError>();
        if (d.Title.Length == 0)
        {
            errors.Add(new("Title", l["Enter a title for the change."]));
        }

        if (!Enum.IsDefined(d.Category))
        {
            errors.Add(new("Category", l["Choose a category."]));
        }

        if (!Enum.IsDefined(d.Hosting))
        {
            errors.Add(new("Hosting", l["Choose how the system is hosted."]));
        }

        Limit(errors, "Title", d.Title, DigitalChange.TitleLength);
        Limit(errors, "Description", d.Description, DigitalChange.TextLength);
        Limit(errors, "Vendor", d.Vendor, DigitalChange.TitleLength);
        Limit(errors, "DataProcessed", d.WorkerData.DataProcessed, DigitalChange.ShortTextLength);
        Limit(errors, "Purpose", d.WorkerData.Purpose, DigitalChange.ShortTextLength);
        Limit(errors, "WhoSees", d.WorkerData.WhoSees, DigitalChange.ShortTextLength);
        Limit(errors, "Retention", d.WorkerData.Retention, DigitalChange.ShortTextLength);
        Limit(errors, "ExclusionNote", d.Service.ExclusionNote, DigitalChange.ShortTextLength);
        Limit(errors, "ManualFallback", d.Resilience.ManualFallback, DigitalChange.ShortTextLength);
        Limit(errors, "DataOwnership", d.Resilience.DataOwnership, DigitalChange.ShortTextLength);
        Limit(errors, "AlertDecisions", d.Resilience.AlertDecisions, DigitalChange.ShortTextLength);
        Limit(errors, "ExitPlan", d.Resilience.ExitPlan, DigitalChange.ShortTextLength);
        return errors;
    }

    private void Limit(List<ChangeError> errors, string field, string? value, int max)
    {
        if (value is not null && value.Length > max)
        {
            errors.Add(new(field, l["This text must be {0} characters or fewer.", max]));
        }
    }

    private async Task<List<ChangeError>> ValidateUnitsAsync(IReadOnlyList<UnitPlan> units, HashSet<Guid> alreadyAffected, CancellationToken ct)
    {
        var errors = new List<ChangeError>();
        var ids = units.Select(u => u.UnitId).Distinct().ToList();
        // A unit closed since it was added may stay on the change; new ones must be open units of this organisation.
        var known = await db.Units.Where(u => ids.Contains(u.Id) && (u.ClosedOn == null || alreadyAffected.Contains(u.Id))).Select(u => u.Id).ToListAsync(ct);
        var seen = new HashSet<Guid>();
        for (var i = 0; i < units.Count; i++)
        {
            var unit = units[i];
            if (!known.Contains(unit.UnitId))
            {
                errors.Add(new($"Units[{i}].UnitId", l["Choose a unit of your organisation."]));
            }
            else if (!seen.Add(unit.UnitId))
            {
                errors.Add(new($"Units[{i}].UnitId", l["Each unit can be listed only once."]));
            }

            if (unit.Headcount is < 0 or > MaximumHeadcount)
            {
                errors.Add(new($"Units[{i}].Headcount", l["Enter the number of people affected, from 0 to {0}.", MaximumHeadcount.ToString("N0", System.Globalization.CultureInfo.CurrentCulture)]));
            }

            if (unit.GoLive is { } date && (date < EarliestGoLive || date > LatestGoLive))
            {
                errors.Add(new($"Units[{i}].GoLive", l["Enter a go-live date between the years 2000 and 2100."]));
            }
        }

        return errors;
    }
}
