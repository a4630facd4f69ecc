using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Paritas.Web.Data;

/// <summary>Brings the database to the current model, then (PostgreSQL) applies row-level security.</summary>
public sealed class DatabaseMigrator(AppDbContext db, IOptions<DatabaseOptions> options, IConfiguration configuration, ILogger<DatabaseMigrator> logger)
{
    public async Task MigrateAsync(CancellationToken ct)
    {
        using var scope = db.Tenant.EnterSystemScope();
        if (db.Database.IsNpgsql())
        {
            await MigratePostgresAsync(ct);
            return;
        }

        var connectionString = db.Database.GetConnectionString();
        var dataSource = new SqliteConnectionStringBuilder(connectionString).DataSource;
        if (!string.IsNullOrEmpty(dataSource) && dataSource != ":memory:")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(dataSource))!);
        }

        await db.Database.MigrateAsync(ct);
        // One writer, many readers: WAL keeps readers from blocking the writer. The mode persists in the file.
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
        logger.LogInformation("Database migrated (SQLite)");
    }

    private async Task MigratePostgresAsync(CancellationToken ct)
    {
        var ownerConnection = configuration.GetConnectionString(DatabaseExtensions.OwnerConnectionName);
        if (string.IsNullOrWhiteSpace(ownerConnection))
        {
            await db.Database.MigrateAsync(ct);
            await RowLevelSecurity.ApplyAsync(db, options.Value.ApplicationRole, ct);
        }
        else
        {
            var ownerOptions = new DbContextOptionsBuilder<PostgresAppDbContext>()
                .UseNpgsql(ownerConnection, n => n.MigrationsAssembly(typeof(AppDbContext).Assembly.FullName))
                .Options;
            await using var owner = new PostgresAppDbContext(ownerOptions, db.Tenant);
            await owner.Database.MigrateAsync(ct);
            await RowLevelSecurity.ApplyAsync(owner, options.Value.ApplicationRole, ct);
        }

        NpgsqlConnection.ClearAllPools();
        logger.LogInformation("Database migrated (PostgreSQL), row-level security applied");
    }
}
