namespace Paritas.Web.Features.Organisations;

/// <summary>The English name of each kind of network, which is also its localisation key.</summary>
public static class NetworkKindNames
{
    public static string Of(NetworkKind kind) => kind switch
    {
        NetworkKind.NationalAssociation => "National association",
        NetworkKind.Federation => "Federation",
        NetworkKind.Other => "Other network",
        _ => kind.ToString(),
    };
}
