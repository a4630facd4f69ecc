namespace Paritas.Web.Features.Organisations;

public enum Side
{
    Employer,
    Workers,
}
