using Paritas.Web.Data;

namespace Paritas.Web.Features.Organisations;

/// <summary>A department or service inside an organisation, in a tree.</summary>
public sealed class Unit : IOrganisationOwned
{
    private Unit()
    {
    }

    public Unit(Guid organisationId, string code, string name, Sector sector, int headcount, Guid? parentId)
    {
        Id = Guid.NewGuid();
        OrganisationId = organisationId;
        Code = code;
        Name = name;
        Sector = sector;
        Headcount = headcount;
        ParentId = parentId;
        CreatedAt = DateTimeOffset.UtcNow;
    }

    public Guid Id { get; private set; }

    public Guid OrganisationId { get; private set; }

    /// <summary>The code the HR system uses; unique within the organisation.</summary>
    public string Code { get; private set; } = "";

    public string Name { get; private set; } = "";

    public Sector Sector { get; private set; }

    public int Headcount { get; private set; }

    public Guid? ParentId { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>A closed unit keeps its history and its data; it takes no new data.</summary>
    public DateOnly? ClosedOn { get; private set; }

    /// <summary>Changes on every edit, so concurrent edits are detected instead of silently overwritten.</summary>
    public Guid Version { get; private set; } = Guid.NewGuid();

    public bool IsOpen => ClosedOn is null;

    public void Update(string name, Sector sector, int headcount)
    {
        Name = name;
        Sector = sector;
        Headcount = headcount;
        Version = Guid.NewGuid();
    }

    public void MoveTo(Guid? parentId)
    {
        ParentId = parentId;
        Version = Guid.NewGuid();
    }

    public void Close(DateOnly on)
    {
        ClosedOn = on;
        Version = Guid.NewGuid();
    }

    public void Reopen()
    {
        ClosedOn = null;
        Version = Guid.NewGuid();
    }
}
