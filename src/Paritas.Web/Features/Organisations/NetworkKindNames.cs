namespace Paritas.Web.Features.Organisations;

// The English name of each kind of network; the names are localisation keys.
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
