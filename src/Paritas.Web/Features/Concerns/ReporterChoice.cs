namespace Paritas.Web.Features.Concerns;

/// <summary>How the reporter chose to be known. Disclosure later is one way: it never goes back to anonymous.</summary>
public enum ReporterChoice
{
    Anonymous,
    AnonymousMayDisclose,
    Named,
}
