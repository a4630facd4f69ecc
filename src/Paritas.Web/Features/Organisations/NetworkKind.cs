namespace Paritas.Web.Features.Organisations;

public enum NetworkKind
{
    NationalAssociation,
    Federation,
    Other,
}
