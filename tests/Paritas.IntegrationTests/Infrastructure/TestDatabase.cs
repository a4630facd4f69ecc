using Microsoft.Data.Sqlite;
using Npgsql;

namespace Paritas.IntegrationTests.Infrastructure;

/// <summary>
/// A database of its own for each test class, on the provider the run asks for:
/// PARITAS_TEST_PROVIDER=Sqlite (default) or Postgres with PARITAS_TEST_POSTGRES (a superuser connection).
/// On PostgreSQL the tables belong to an owner role and the application runs as another role,
/// so row-level security really applies.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public const string OwnerRole = "paritas_test_owner";
    public const string AppRole = "paritas_test_app";
    private static readonly SemaphoreSlim RoleLock = new(1, 1);

    private TestDatabase(bool isPostgres, string connectionString, string? ownerConnectionString, string? name, string? directory)
    {
        IsPostgres = isPostgres;
        ConnectionString = connectionString;
        OwnerConnectionString = ownerConnectionString;
        Name = name;
        Directory = directory;
    }

    public static bool PostgresRequested => string.Equals(Environment.GetEnvironmentVariable("PARITAS_TEST_PROVIDER"), "Postgres", StringComparison.OrdinalIgnoreCase);

    public bool IsPostgres { get; }

    public string ConnectionString { get; }

    public string? OwnerConnectionString { get; }

    private string? Name { get; }

    private string? Directory { get; }

    public static async Task<TestDatabase> CreateAsync()
    {
        if (!PostgresRequested)
        {
            var dir = Path.Combine(Path.GetTempPath(), "paritas-tests", Guid.NewGuid().ToString("N"));
            System.IO.Directory.CreateDirectory(dir);
            return new TestDatabase(false, $"Data Source={Path.Combine(dir, "paritas.db")}", null, null, dir);
        }

        var admin = Environment.GetEnvironmentVariable("PARITAS_TEST_POSTGRES")
            ?? throw new InvalidOperationException("PARITAS_TEST_POSTGRES must name a PostgreSQL superuser connection when PARITAS_TEST_PROVIDER=Postgres.");
        var name = "paritas_test_" + Guid.NewGuid().ToString("N")[..16];
        await using (var connection = new NpgsqlConnection(admin))
        {
            await connection.OpenAsync();
            await RoleLock.WaitAsync();
            try
            {
                await ExecuteAsync(connection, $"""
                    DO $$ BEGIN
                      IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{OwnerRole}') THEN CREATE ROLE {OwnerRole} LOGIN; END IF;
                      IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{AppRole}') THEN CREATE ROLE {AppRole} LOGIN NOBYPASSRLS; END IF;
                    EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
                    """);
            }
            finally
            {
                RoleLock.Release();
            }

            await ExecuteAsync(connection, $"CREATE DATABASE {name} OWNER {OwnerRole}");
        }

        var builder = new NpgsqlConnectionStringBuilder(admin) { Database = name };
        var owner = new NpgsqlConnectionStringBuilder(builder.ConnectionString) { Username = OwnerRole, Password = null };
        var app = new NpgsqlConnectionStringBuilder(builder.ConnectionString) { Username = AppRole, Password = null };
        return new TestDatabase(true, app.ConnectionString, owner.ConnectionString, name, null);
    }

    /// <summary>A connection that bypasses the application entirely, as an attacker with a database dump would.</summary>
    public System.Data.Common.DbConnection OpenRaw()
    {
        if (IsPostgres)
        {
            var admin = new NpgsqlConnectionStringBuilder(Environment.GetEnvironmentVariable("PARITAS_TEST_POSTGRES")) { Database = Name };
            var c = new NpgsqlConnection(admin.ConnectionString);
            c.Open();
            return c;
        }

        var sqlite = new SqliteConnection(ConnectionString);
        sqlite.Open();
        return sqlite;
    }

    public async ValueTask DisposeAsync()
    {
        if (IsPostgres)
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(Environment.GetEnvironmentVariable("PARITAS_TEST_POSTGRES"));
            await connection.OpenAsync();
            await ExecuteAsync(connection, $"DROP DATABASE IF EXISTS {Name} WITH (FORCE)");
        }
        else if (Directory is not null)
        {
            SqliteConnection.ClearAllPools();
            try
            {
                System.IO.Directory.Delete(Directory, recursive: true);
            }
            catch (IOException)
            {
                // A file still held open by a pooled connection is removed with the temp folder later.
            }
        }
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
#pragma warning disable CA2100 // names are generated here, not taken from input
        command.CommandText = sql;
#pragma warning restore CA2100
        await command.ExecuteNonQueryAsync();
    }
}
