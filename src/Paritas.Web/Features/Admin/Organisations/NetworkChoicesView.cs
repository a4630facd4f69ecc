namespace Paritas.Web.Features.Admin.Organisations;

public sealed record NetworkChoicesView(IReadOnlyList<OrganisationChoices.Network> Networks, IReadOnlyCollection<Guid> Selected);
