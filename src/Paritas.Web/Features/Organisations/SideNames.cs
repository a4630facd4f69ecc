namespace Paritas.Web.Features.Organisations;

// The English name of each side; the names are localisation keys.
public static class SideNames
{
    public static string Of(Side side) => side switch
    {
        Side.Employer => "Employer",
        Side.Workers => "Workers",
        _ => side.ToString(),
    };
}
