using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Paritas.Web.Data;
using Paritas.Web.Features.Audit;
using Paritas.Web.Features.Organisations;

namespace Paritas.UnitTests.Isolation;

/// <summary>Fails the build when a new entity could leak across organisations.</summary>
public sealed partial class TenantModelTests
{
    // Entities that carry an OrganisationId but are deliberately not tenant-filtered.
    private static readonly Type[] NotOwnedOnPurpose =
    [
        // The audit trail is one chain for the whole platform; filtering it per organisation
        // would hide breaks in the chain. It is read only by platform-level code.
        typeof(AuditEntry),

        // Which networks an organisation belongs to is platform data that network analysts
        // read across organisations; platform administrators alone change it.
        typeof(OrganisationNetwork),
    ];

    private static SqliteAppDbContext NewContext()
    {
        var tenant = new TenantContext();
        tenant.SetOrganisation(Guid.NewGuid());
        return new(new DbContextOptionsBuilder<SqliteAppDbContext>().UseSqlite("Data Source=:memory:").Options, tenant);
    }

    [Fact]
    public void Every_organisation_owned_entity_has_a_tenant_query_filter_on_its_organisation()
    {
        using var db = NewContext();
        var owned = db.Model.GetEntityTypes().Where(t => typeof(IOrganisationOwned).IsAssignableFrom(t.ClrType)).ToList();
        Assert.NotEmpty(owned);

        var missing = owned.Where(t => t.GetDeclaredQueryFilters().Count == 0).Select(t => t.ClrType.Name).ToList();
        Assert.True(missing.Count == 0, "Owned entities without a tenant filter: " + string.Join(", ", missing));

        foreach (var type in owned)
        {
            var sql = QueryStringOf(db, type.ClrType);
            Assert.True(FilteredOnOrganisation().IsMatch(sql.ReplaceLineEndings(" ")), $"{type.ClrType.Name} is not filtered on its organisation: {sql}");
        }
    }

    [Fact]
    public void Every_entity_with_an_organisation_id_is_organisation_owned_unless_allowed_on_purpose()
    {
        using var db = NewContext();
        var offenders = db.Model.GetEntityTypes()
            .Where(t => t.FindProperty(nameof(IOrganisationOwned.OrganisationId)) is not null)
            .Where(t => !typeof(IOrganisationOwned).IsAssignableFrom(t.ClrType))
            .Select(t => t.ClrType)
            .Except(NotOwnedOnPurpose)
            .Select(t => t.Name)
            .ToList();

        Assert.True(offenders.Count == 0, "Entities with an OrganisationId that are not IOrganisationOwned: " + string.Join(", ", offenders));
    }

    [Fact]
    public void The_allow_list_names_only_entities_that_exist_and_are_not_owned()
    {
        using var db = NewContext();
        foreach (var type in NotOwnedOnPurpose)
        {
            var entity = db.Model.FindEntityType(type);
            Assert.NotNull(entity);
            Assert.NotNull(entity.FindProperty(nameof(IOrganisationOwned.OrganisationId)));
            Assert.False(typeof(IOrganisationOwned).IsAssignableFrom(type));
        }
    }

    private static string QueryStringOf(DbContext db, Type clrType)
    {
        var set = typeof(DbContext).GetMethods(BindingFlags.Public | BindingFlags.Instance)
            .Single(m => m.Name == nameof(DbContext.Set) && m.IsGenericMethod && m.GetParameters().Length == 0)
            .MakeGenericMethod(clrType)
            .Invoke(db, [])!;
        return ((IQueryable)set).ToQueryString();
    }

    [System.Text.RegularExpressions.GeneratedRegex("WHERE .*\"OrganisationId\" = @")]
    private static partial System.Text.RegularExpressions.Regex FilteredOnOrganisation();
}
