namespace Paritas.Web.Features.Changes;

/// <summary>What happens when the system fails or the vendor goes: ver.di's questions about who owns the data and who decides on alerts.</summary>
public sealed record ResilienceProfile(
    string? ManualFallback,
    string? DataOwnership,
    string? AlertDecisions,
    string? ExitPlan)
{
    public static readonly ResilienceProfile Empty = new(null, null, null, null);
}
