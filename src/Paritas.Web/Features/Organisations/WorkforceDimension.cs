using Paritas.Web.Data;

namespace Paritas.Web.Features.Organisations;

/// <summary>A coarse reporting dimension of workers; results are broken down by at most one at a time.</summary>
public sealed class WorkforceDimension : IOrganisationOwned
{
    private WorkforceDimension()
    {
    }

    public WorkforceDimension(Guid organisationId, WorkforceDimensionKind kind, string name)
    {
        Id = Guid.NewGuid();
        OrganisationId = organisationId;
        Kind = kind;
        Name = name;
    }

    public Guid Id { get; private set; }

    public Guid OrganisationId { get; private set; }

    public WorkforceDimensionKind Kind { get; private set; }

    public string Name { get; private set; } = "";

    public List<WorkforceGroup> Groups { get; private set; } = [];

    public void Rename(string name) => Name = name;
}
