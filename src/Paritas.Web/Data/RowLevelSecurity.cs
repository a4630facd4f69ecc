using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Paritas.Web.Features.Accounts;
using Paritas.Web.Features.Audit;

namespace Paritas.Web.Data;

/// <summary>
/// PostgreSQL row-level security on every organisation-owned table. Derived from the model,
/// so a new owned entity is covered without anyone remembering to write a policy.
/// </summary>
public static class RowLevelSecurity
{
    public const string PolicyName = "tenant_isolation";

    private const string Tenant = "NULLIF(current_setting('paritas.organisation_id', true), '')::uuid";
    private const string System = "current_setting('paritas.system', true) = 'on'";
    private const string User = "NULLIF(current_setting('paritas.user_id', true), '')::uuid";

    public static IEnumerable<(string Table, string Column, bool IsMembership)> OwnedTables(IModel model)
        => model.GetEntityTypes()
            .Where(t => typeof(IOrganisationOwned).IsAssignableFrom(t.ClrType) && t.GetTableName() is not null)
            .Select(t => (
                t.GetTableName()!,
                t.FindProperty(nameof(IOrganisationOwned.OrganisationId))!.GetColumnName(),
                t.ClrType == typeof(Membership)));

    public static async Task ApplyAsync(AppDbContext db, string? applicationRole, CancellationToken ct)
    {
        foreach (var (table, column, isMembership) in OwnedTables(db.Model))
        {
            // A person sees their own memberships in every organisation, to switch between them.
            var visible = isMembership
                ? $"\"{column}\" = {Tenant} OR \"UserId\" = {User} OR {System}"
                : $"\"{column}\" = {Tenant} OR {System}";
            var writable = $"\"{column}\" = {Tenant} OR {System}";
#pragma warning disable EF1002 // identifiers come from the model, not from input
            await db.Database.ExecuteSqlRawAsync($"""
                ALTER TABLE "{table}" ENABLE ROW LEVEL SECURITY;
                ALTER TABLE "{table}" FORCE ROW LEVEL SECURITY;
                DROP POLICY IF EXISTS {PolicyName} ON "{table}";
                CREATE POLICY {PolicyName} ON "{table}" USING ({visible}) WITH CHECK ({writable});
                """, ct);
#pragma warning restore EF1002
        }

        if (!string.IsNullOrEmpty(applicationRole))
        {
            var audit = db.Model.FindEntityType(typeof(AuditEntry))!.GetTableName();
#pragma warning disable EF1002 // the role name is validated by DatabaseOptions
            await db.Database.ExecuteSqlRawAsync($"""
                GRANT USAGE ON SCHEMA public TO {applicationRole};
                GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {applicationRole};
                GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {applicationRole};
                REVOKE UPDATE, DELETE, TRUNCATE ON "{audit}" FROM {applicationRole};
                """, ct);
#pragma warning restore EF1002
        }
    }
}
