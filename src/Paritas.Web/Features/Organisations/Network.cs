namespace Paritas.Web.Features.Organisations;

/// <summary>A national association of municipalities, a union federation or another group of organisations.</summary>
public sealed class Network
{
    private Network()
    {
    }

    public Network(string name, NetworkKind kind, string? countryCode)
    {
        Id = Guid.NewGuid();
        Name = name;
        Kind = kind;
        CountryCode = countryCode;
    }

    public Guid Id { get; private set; }

    public string Name { get; private set; } = "";

    public NetworkKind Kind { get; private set; }

    /// <summary>Empty for an international network.</summary>
    public string? CountryCode { get; private set; }

    public List<OrganisationNetwork> Members { get; private set; } = [];
}
