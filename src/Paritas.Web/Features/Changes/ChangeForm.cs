using System.ComponentModel.DataAnnotations;

namespace Paritas.Web.Features.Changes;

/// <summary>The register and edit form: every field of the glossary, flat, with rows for the affected units.</summary>
public sealed class ChangeForm
{
    public const int UnitRows = 6;

    public string? Title { get; set; }

    public string? Description { get; set; }

    [Required(ErrorMessage = "Choose a category.")]
    public ChangeCategory? Category { get; set; }

    public string? Vendor { get; set; }

    [Required(ErrorMessage = "Choose how the system is hosted.")]
    public HostingModel? Hosting { get; set; }

    public string? DataProcessed { get; set; }

    public string? Purpose { get; set; }

    public string? WhoSees { get; set; }

    public string? Retention { get; set; }

    public bool LocationTracking { get; set; }

    public bool ScreenOrKeystrokeCapture { get; set; }

    public bool PerformanceMetrics { get; set; }

    public bool Biometrics { get; set; }

    public bool HumanChannelKept { get; set; }

    public bool MayExcludeOlderPeople { get; set; }

    public bool MayExcludePeopleWithDisabilities { get; set; }

    public bool MayExcludePeopleWithoutInternet { get; set; }

    public bool MayExcludeMigrants { get; set; }

    public string? ExclusionNote { get; set; }

    public string? ManualFallback { get; set; }

    public string? DataOwnership { get; set; }

    public string? AlertDecisions { get; set; }

    public string? ExitPlan { get; set; }

    public List<UnitRow> Units { get; set; } = [];

    public Guid Version { get; set; }

    public ChangeDetails ToDetails() => new(
        Title ?? "",
        Description,
        Category ?? (ChangeCategory)(-1),
        Vendor,
        Hosting ?? (HostingModel)(-1),
        new WorkerDataProfile(DataProcessed, Purpose, WhoSees, Retention, LocationTracking, ScreenOrKeystrokeCapture, PerformanceMetrics, Biometrics),
        new ServiceProfile(HumanChannelKept, MayExcludeOlderPeople, MayExcludePeopleWithDisabilities, MayExcludePeopleWithoutInternet, MayExcludeMigrants, ExclusionNote),
        new ResilienceProfile(ManualFallback, DataOwnership, AlertDecisions, ExitPlan));

    /// <summary>Drops the rows left empty, so error positions match the rows that were sent.</summary>
    public IReadOnlyList<UnitPlan> CompactUnits()
    {
        Units = [.. Units.Where(u => u.UnitId is not null || u.Headcount is not null || u.GoLive is not null)];
        // A missing headcount is sent as -1 so the register's own check names it.
        return [.. Units.Select(u => new UnitPlan(u.UnitId ?? Guid.Empty, u.Headcount ?? -1, u.GoLive))];
    }

    /// <summary>Blank rows after the filled ones, so a person can add units without JavaScript.</summary>
    public void PadUnits()
    {
        var blank = Math.Max(2, UnitRows - Units.Count);
        for (var i = 0; i < blank; i++)
        {
            Units.Add(new UnitRow());
        }
    }

    public static ChangeForm From(DigitalChange c) => new()
    {
        Title = c.Title,
        Description = c.Description,
        Category = c.Category,
        Vendor = c.Vendor,
        Hosting = c.Hosting,
        DataProcessed = c.WorkerData.DataProcessed,
        Purpose = c.WorkerData.Purpose,
        WhoSees = c.WorkerData.WhoSees,
        Retention = c.WorkerData.Retention,
        LocationTracking = c.WorkerData.LocationTracking,
        ScreenOrKeystrokeCapture = c.WorkerData.ScreenOrKeystrokeCapture,
        PerformanceMetrics = c.WorkerData.PerformanceMetrics,
        Biometrics = c.WorkerData.Biometrics,
        HumanChannelKept = c.Service.HumanChannelKept,
        MayExcludeOlderPeople = c.Service.MayExcludeOlderPeople,
        MayExcludePeopleWithDisabilities = c.Service.MayExcludePeopleWithDisabilities,
        MayExcludePeopleWithoutInternet = c.Service.MayExcludePeopleWithoutInternet,
        MayExcludeMigrants = c.Service.MayExcludeMigrants,
        ExclusionNote = c.Service.ExclusionNote,
        ManualFallback = c.Resilience.ManualFallback,
        DataOwnership = c.Resilience.DataOwnership,
        AlertDecisions = c.Resilience.AlertDecisions,
        ExitPlan = c.Resilience.ExitPlan,
        Units = [.. c.Units.Select(u => new UnitRow { UnitId = u.UnitId, Headcount = u.Headcount, GoLive = u.GoLive })],
        Version = c.Version,
    };
}
