using System.ComponentModel.DataAnnotations;

namespace Paritas.Web.Data;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

public sealed class DatabaseOptions
{
    public const string Section = "Database";

    public DatabaseProvider Provider { get; init; } = DatabaseProvider.Sqlite;

    /// <summary>
    /// PostgreSQL: the login role the application runs as. It must not own the tables,
    /// so that row-level security applies to it.
    /// </summary>
    [RegularExpression("^[a-z_][a-z0-9_]{0,62}$")]
    public string? ApplicationRole { get; init; }

    /// <summary>Apply migrations when the web application starts.</summary>
    public bool MigrateOnStart { get; init; } = true;
}
