using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Paritas.Web.Data;

/// <summary>
/// Sets the tenant again inside every transaction with SET LOCAL semantics, so a tenant that
/// changed since the connection opened (a system scope entered or left) is what the writes see.
/// </summary>
public sealed class TenantTransactionInterceptor(TenantContext tenant) : DbTransactionInterceptor
{
    public override DbTransaction TransactionStarted(DbConnection connection, TransactionEndEventData eventData, DbTransaction result)
    {
        TenantSettings.Apply(tenant, connection, result, local: true);
        return result;
    }

    public override async ValueTask<DbTransaction> TransactionStartedAsync(DbConnection connection, TransactionEndEventData eventData, DbTransaction result, CancellationToken cancellationToken = default)
    {
        await TenantSettings.ApplyAsync(tenant, connection, result, local: true, cancellationToken);
        return result;
    }
}
