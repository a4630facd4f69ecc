namespace Paritas.Web.Data;

/// <summary>A row that belongs to exactly one organisation (the tenant).</summary>
public interface IOrganisationOwned
{
    Guid OrganisationId { get; }
}
