namespace Paritas.Web.Features.Organisations;

/// <summary>The English name of each side, which is also its localisation key.</summary>
public static class SideNames
{
    public static string Of(Side side) => side switch
    {
        Side.Employer => "Employer",
        Side.Workers => "Workers",
        _ => side.ToString(),
    };
}
