namespace Paritas.Web.Features.Organisations;

public sealed class OrganisationNetwork
{
    public Guid OrganisationId { get; set; }

    public Guid NetworkId { get; set; }
}
