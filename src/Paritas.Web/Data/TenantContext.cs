namespace Paritas.Web.Data;

/// <summary>
/// Which organisation the current request or command acts for. Scoped: one per request.
/// The query filters and PostgreSQL's row-level security both read it, so a request
/// without an organisation sees no organisation-owned rows at all.
/// </summary>
public sealed class TenantContext
{
    public Guid? OrganisationId { get; private set; }

    public Guid? UserId { get; private set; }

    /// <summary>
    /// Platform work that legitimately spans organisations (migrations, the demo seed,
    /// looking up an invitation or access token by its hash before the tenant is known).
    /// Only code that has no user input choosing the organisation may set it.
    /// </summary>
    public bool IsSystem { get; private set; }

    public void SetOrganisation(Guid? organisationId) => OrganisationId = organisationId;

    public void SetUser(Guid? userId) => UserId = userId;

    public SystemScope EnterSystemScope()
    {
        var previous = IsSystem;
        IsSystem = true;
        return new SystemScope(this, previous);
    }

    public sealed class SystemScope(TenantContext tenant, bool previous) : IDisposable
    {
        public void Dispose() => tenant.IsSystem = previous;
    }
}
