namespace Paritas.Web.Features.Organisations;

/// <summary>A country, by ISO 3166-1 alpha-2 code.</summary>
public sealed class Country
{
    private Country()
    {
    }

    public Country(string code, string name)
    {
        Code = code.ToUpperInvariant();
        Name = name;
    }

    public string Code { get; private set; } = "";

    public string Name { get; private set; } = "";

    public void Rename(string name) => Name = name;
}
