using Paritas.Web.Data;
using Paritas.Web.Features.Organisations;

namespace Paritas.Web.Features.Changes;

/// <summary>
/// The introduction or wider use of a digital system that significantly changes work: the centre
/// of the product. Both sides may register one and edit its register fields.
/// </summary>
public sealed class DigitalChange : IOrganisationOwned
{
    public const int TitleLength = 200;
    public const int TextLength = 4000;
    public const int ShortTextLength = 1000;

    private DigitalChange()
    {
    }

    public DigitalChange(Guid organisationId, ChangeDetails details, Actor registeredBy, DateTimeOffset now)
    {
        Id = Guid.NewGuid();
        OrganisationId = organisationId;
        RegisteredAt = now;
        RegisteredByUserId = registeredBy.UserId;
        RegisteredBySide = registeredBy.Side;
        Stage = ChangeStage.Proposed;
        StageSince = now;
        Apply(details);
    }

    public Guid Id { get; private set; }

    public Guid OrganisationId { get; private set; }

    public string Title { get; private set; } = "";

    public string? Description { get; private set; }

    public ChangeCategory Category { get; private set; }

    public string? Vendor { get; private set; }

    public HostingModel Hosting { get; private set; }

    public WorkerDataProfile WorkerData { get; private set; } = WorkerDataProfile.Empty;

    public ServiceProfile Service { get; private set; } = ServiceProfile.Empty;

    public ResilienceProfile Resilience { get; private set; } = ResilienceProfile.Empty;

    public ChangeStage Stage { get; private set; }

    public DateTimeOffset StageSince { get; private set; }

    public DateTimeOffset RegisteredAt { get; private set; }

    public Guid RegisteredByUserId { get; private set; }

    public Side? RegisteredBySide { get; private set; }

    /// <summary>Changes on every edit, so concurrent edits are detected instead of silently overwritten.</summary>
    public Guid Version { get; private set; } = Guid.NewGuid();

    public List<AffectedUnit> Units { get; private set; } = [];

    public DateOnly? FirstGoLive => Units.Where(u => u.GoLive is not null).Min(u => u.GoLive);

    /// <returns>The names of the fields that changed (for the history), empty when nothing did.</returns>
    public IReadOnlyList<string> Update(ChangeDetails details)
    {
        var changed = new List<string>();
        if (Title != details.Title)
        {
            changed.Add("title");
        }

        if (Description != details.Description)
        {
            changed.Add("description");
        }

        if (Category != details.Category)
        {
            changed.Add("category");
        }

        if (Vendor != details.Vendor || Hosting != details.Hosting)
        {
            changed.Add("vendor and hosting");
        }

        if (WorkerData != details.WorkerData)
        {
            changed.Add("worker-data profile");
        }

        if (Service != details.Service)
        {
            changed.Add("service profile");
        }

        if (Resilience != details.Resilience)
        {
            changed.Add("resilience profile");
        }

        if (changed.Count > 0)
        {
            Apply(details);
            Version = Guid.NewGuid();
        }

        return changed;
    }

    /// <returns>Whether the affected units, their headcounts or their go-live dates changed.</returns>
    public bool SetUnits(IReadOnlyList<UnitPlan> plans)
    {
        var changed = false;
        foreach (var gone in Units.Where(u => plans.All(p => p.UnitId != u.UnitId)).ToList())
        {
            Units.Remove(gone);
            changed = true;
        }

        foreach (var plan in plans)
        {
            var existing = Units.FirstOrDefault(u => u.UnitId == plan.UnitId);
            if (existing is null)
            {
                Units.Add(new AffectedUnit(this, plan.UnitId, plan.Headcount, plan.GoLive));
                changed = true;
            }
            else
            {
                changed |= existing.Update(plan.Headcount, plan.GoLive);
            }
        }

        if (changed)
        {
            Version = Guid.NewGuid();
        }

        return changed;
    }

    public void MoveTo(ChangeStage stage, DateTimeOffset now)
    {
        Stage = stage;
        StageSince = now;
        Version = Guid.NewGuid();
    }

    private void Apply(ChangeDetails details)
    {
        Title = details.Title;
        Description = details.Description;
        Category = details.Category;
        Vendor = details.Vendor;
        Hosting = details.Hosting;
        WorkerData = details.WorkerData;
        Service = details.Service;
        Resilience = details.Resilience;
    }
}
