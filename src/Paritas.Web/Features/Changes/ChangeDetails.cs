namespace Paritas.Web.Features.Changes;

/// <summary>The register fields of a change, as both the pages and the API submit them.</summary>
public sealed record ChangeDetails(
    string Title,
    string? Description,
    ChangeCategory Category,
    string? Vendor,
    HostingModel Hosting,
    WorkerDataProfile WorkerData,
    ServiceProfile Service,
    ResilienceProfile Resilience);
