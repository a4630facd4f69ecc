using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Paritas.Web.Data;

/// <summary>
/// Sets the tenant on every connection open (Npgsql resets pooled connections on return,
/// so nothing leaks to the next user of the connection).
/// </summary>
public sealed class TenantConnectionInterceptor(TenantContext tenant) : DbConnectionInterceptor
{
    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
        => TenantSettings.Apply(tenant, connection, null, local: false);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
        => TenantSettings.ApplyAsync(tenant, connection, null, local: false, cancellationToken);
}
