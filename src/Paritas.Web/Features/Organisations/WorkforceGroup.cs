using Paritas.Web.Data;

namespace Paritas.Web.Features.Organisations;

public sealed class WorkforceGroup : IOrganisationOwned
{
    private WorkforceGroup()
    {
    }

    public WorkforceGroup(WorkforceDimension dimension, string code, string name)
    {
        Id = Guid.NewGuid();
        OrganisationId = dimension.OrganisationId;
        DimensionId = dimension.Id;
        Code = code;
        Name = name;
    }

    public Guid Id { get; private set; }

    public Guid OrganisationId { get; private set; }

    public Guid DimensionId { get; private set; }

    /// <summary>The value HR exports use, e.g. "f", "part-time", "50-59".</summary>
    public string Code { get; private set; } = "";

    public string Name { get; private set; } = "";

    public void Rename(string name) => Name = name;
}
