using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Paritas.Web.Data;
using Paritas.Web.Features.Organisations;

namespace Paritas.IntegrationTests.Isolation;

/// <summary>
/// Isolation holds in the data layer itself: the EF Core filter and the save guard on every provider,
/// and on PostgreSQL row-level security for the application's own database role as well.
/// </summary>
public sealed class TenantIsolationBelowTheApplicationTests(ParitasFactory app) : IClassFixture<ParitasFactory>
{
    [Fact]
    public async Task Another_organisation_s_rows_can_be_neither_read_nor_written_in_the_data_layer()
    {
        var a = await app.CreateOrganisationAsync();
        var b = await app.CreateOrganisationAsync();
        var bCommittee = await app.WithScopeAsync(async (_, db) =>
        {
            var committee = new JointCommittee(b.Id, "B's committee");
            db.JointCommittees.Add(committee);
            await db.SaveChangesAsync();
            return committee;
        });

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            db.Tenant.SetOrganisation(a.Id);

            Assert.Equal(0, await db.JointCommittees.CountAsync(c => c.Id == bCommittee.Id));
            Assert.Equal(0, await db.JointCommittees.CountAsync(c => c.OrganisationId == b.Id));
            db.JointCommittees.Add(new JointCommittee(b.Id, "Planted in B"));
            await Assert.ThrowsAsync<TenantViolationException>(() => db.SaveChangesAsync());
        }

        if (app.Database.IsPostgres)
        {
            await AssertRowLevelSecurityAsync(a, b, bCommittee);
        }
        else
        {
            // SQLite has no row-level security: the EF filter alone hides the row, which is really there.
            await using var scope = app.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            db.Tenant.SetOrganisation(a.Id);
            Assert.Equal(1, await db.JointCommittees.IgnoreQueryFilters().CountAsync(c => c.Id == bCommittee.Id));
        }

        Assert.Equal(0, await app.CountAsync(db => db.JointCommittees.Where(c => c.Name == "Planted in B")));
    }

    private async Task AssertRowLevelSecurityAsync(Organisation a, Organisation b, JointCommittee bCommittee)
    {
        var owned = await app.WithScopeAsync((_, db) => Task.FromResult(RowLevelSecurity.OwnedTables(db.Model).Select(t => t.Table).ToList()));
        Assert.Contains("JointCommittees", owned);
        Assert.Contains("Memberships", owned);

        await using (var raw = (NpgsqlConnection)app.Database.OpenRaw())
        {
            foreach (var table in owned)
            {
                await using var command = new NpgsqlCommand(
                    """
                    SELECT c.relrowsecurity, c.relforcerowsecurity, pg_get_userbyid(c.relowner),
                           EXISTS (SELECT 1 FROM pg_policies p WHERE p.tablename = c.relname AND p.policyname = @policy)
                    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                    WHERE n.nspname = 'public' AND c.relname = @table
                    """, raw);
                command.Parameters.AddWithValue("policy", RowLevelSecurity.PolicyName);
                command.Parameters.AddWithValue("table", table);
                await using var reader = await command.ExecuteReaderAsync();
                Assert.True(await reader.ReadAsync(), $"Table {table} not found.");
                Assert.True(reader.GetBoolean(0), $"{table}: row-level security is not enabled.");
                Assert.True(reader.GetBoolean(1), $"{table}: row-level security is not forced.");
                Assert.NotEqual(TestDatabase.AppRole, reader.GetString(2));
                Assert.True(reader.GetBoolean(3), $"{table}: no {RowLevelSecurity.PolicyName} policy.");
            }

            await using var role = new NpgsqlCommand("SELECT rolbypassrls OR rolsuper FROM pg_roles WHERE rolname = @role", raw);
            role.Parameters.AddWithValue("role", TestDatabase.AppRole);
            Assert.False((bool)(await role.ExecuteScalarAsync())!);
        }

        // As the application's role, outside the application: only the organisation set on the connection is visible.
        await using var asApp = new NpgsqlConnection(app.Database.ConnectionString);
        await asApp.OpenAsync();
        Assert.Equal(0L, await CountAsync(asApp, null, b.Id));
        Assert.Equal(0L, await CountAsync(asApp, a.Id, b.Id));
        Assert.Equal(1L, await CountAsync(asApp, b.Id, b.Id));

        await SetTenantAsync(asApp, a.Id);
        await using (var update = new NpgsqlCommand("UPDATE \"JointCommittees\" SET \"Name\" = 'Renamed by A' WHERE \"Id\" = @id", asApp))
        {
            update.Parameters.AddWithValue("id", bCommittee.Id);
            Assert.Equal(0, await update.ExecuteNonQueryAsync());
        }

        await using (var delete = new NpgsqlCommand("DELETE FROM \"JointCommittees\" WHERE \"OrganisationId\" = @b", asApp))
        {
            delete.Parameters.AddWithValue("b", b.Id);
            Assert.Equal(0, await delete.ExecuteNonQueryAsync());
        }

        await using (var insert = new NpgsqlCommand("INSERT INTO \"JointCommittees\" (\"Id\", \"OrganisationId\", \"Name\", \"CreatedAt\") VALUES (@id, @b, 'Planted in B', now())", asApp))
        {
            insert.Parameters.AddWithValue("id", Guid.NewGuid());
            insert.Parameters.AddWithValue("b", b.Id);
            var refused = await Assert.ThrowsAsync<PostgresException>(() => insert.ExecuteNonQueryAsync());
            Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, refused.SqlState);
        }

        Assert.Equal("B's committee", await app.WithScopeAsync((_, db) => db.JointCommittees.IgnoreQueryFilters().Where(c => c.Id == bCommittee.Id).Select(c => c.Name).SingleAsync()));
    }

    private static async Task<long> CountAsync(NpgsqlConnection connection, Guid? tenant, Guid organisation)
    {
        await SetTenantAsync(connection, tenant);
        await using var command = new NpgsqlCommand("SELECT count(*) FROM \"JointCommittees\" WHERE \"OrganisationId\" = @o", connection);
        command.Parameters.AddWithValue("o", organisation);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private static async Task SetTenantAsync(NpgsqlConnection connection, Guid? tenant)
    {
        await using var command = new NpgsqlCommand("SELECT set_config('paritas.organisation_id', @o, false)", connection);
        command.Parameters.AddWithValue("o", tenant?.ToString("D") ?? "");
        await command.ExecuteScalarAsync();
    }
}
