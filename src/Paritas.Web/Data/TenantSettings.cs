using System.Data.Common;

namespace Paritas.Web.Data;

/// <summary>
/// Tells PostgreSQL which organisation and user a connection acts for, so row-level security
/// filters rows even where a query forgot the EF Core filter.
/// </summary>
public static class TenantSettings
{
    private const string Sql =
        "SELECT set_config('paritas.organisation_id', @o, @local), set_config('paritas.user_id', @u, @local), set_config('paritas.system', @s, @local)";

    public static void Apply(TenantContext tenant, DbConnection connection, DbTransaction? transaction, bool local)
    {
        using var command = Build(tenant, connection, transaction, local);
        command.ExecuteNonQuery();
    }

    public static async Task ApplyAsync(TenantContext tenant, DbConnection connection, DbTransaction? transaction, bool local, CancellationToken ct)
    {
        await using var command = Build(tenant, connection, transaction, local);
        await command.ExecuteNonQueryAsync(ct);
    }

    private static DbCommand Build(TenantContext tenant, DbConnection connection, DbTransaction? transaction, bool local)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
#pragma warning disable CA2100 // constant SQL; the values are parameters
        command.CommandText = Sql;
#pragma warning restore CA2100
        Add(command, "o", tenant.OrganisationId?.ToString("D") ?? "");
        Add(command, "u", tenant.UserId?.ToString("D") ?? "");
        Add(command, "s", tenant.IsSystem ? "on" : "");
        Add(command, "local", local);
        return command;
    }

    private static void Add(DbCommand command, string name, object value)
    {
        var p = command.CreateParameter();
        p.ParameterName = name;
        p.Value = value;
        command.Parameters.Add(p);
    }
}
