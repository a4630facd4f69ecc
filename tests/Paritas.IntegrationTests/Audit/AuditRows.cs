using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Paritas.Web.Features.Audit;

namespace Paritas.IntegrationTests.Audit;

/// <summary>Reading and tampering with the audit trail, for tests that play the insider with database access.</summary>
internal static class AuditRows
{
    public static Task<List<AuditEntry>> AllAsync(ParitasFactory app)
        => app.WithScopeAsync((_, db) => db.AuditEntries.AsNoTracking().OrderBy(e => e.Sequence).ToListAsync());

    public static Task<AuditBreak?> VerifyAsync(ParitasFactory app)
        => app.WithScopeAsync((services, _) => services.GetRequiredService<AuditTrail>().VerifyAsync());

    /// <summary>Runs SQL with a "@s" sequence parameter past the application, as the database's superuser or file owner.</summary>
    public static async Task<int> ExecuteRawAsync(ParitasFactory app, string sql, long sequence)
    {
        await using var connection = app.Database.OpenRaw();
        return await ExecuteAsync(connection, sql, sequence);
    }

    public static async Task<int> ExecuteAsync(DbConnection connection, string sql, long sequence)
    {
        await using var command = connection.CreateCommand();
#pragma warning disable CA2100 // the SQL is a constant of the test; the value is a parameter
        command.CommandText = sql;
#pragma warning restore CA2100
        var p = command.CreateParameter();
        p.ParameterName = "s";
        p.Value = sequence;
        command.Parameters.Add(p);
        return await command.ExecuteNonQueryAsync();
    }

    /// <summary>A few sign-ins, a failure and a token: rows enough to break one in the middle.</summary>
    public static async Task RecordSomeActivityAsync(ParitasFactory app)
    {
        var org = await app.CreateOrganisationAsync();
        var user = await app.CreateUserAsync(org, Paritas.Web.Features.Accounts.Role.EmployerRepresentative);
        await app.NewBrowser().PostFormAsync("/Account/SignIn", new() { ["Form.Email"] = user.Email, ["Form.Password"] = "not the right one" });
        await app.SignInAsync(user);
        await app.CreateTokenAsync(user, org);
        await app.SignInAsync(user);
    }
}
