using Npgsql;
using Paritas.IntegrationTests.CommandLine;
using Paritas.Web.Features.Accounts;
using Paritas.Web.Features.Audit;

namespace Paritas.IntegrationTests.Audit;

/// <summary>P8/ASVS 7.3: sign-ins, failures and tokens are recorded in a hash chain that verifies.</summary>
[Collection(ProcessEnvironment.Name)]
public sealed class AuditChainTests(ParitasFactory app) : IClassFixture<ParitasFactory>
{
    [Fact]
    public async Task Sign_ins_failures_and_token_creation_are_recorded_in_an_intact_chain()
    {
        var org = await app.CreateOrganisationAsync();
        var user = await app.CreateUserAsync(org, Role.EmployerRepresentative);

        await app.NewBrowser().PostFormAsync("/Account/SignIn", new() { ["Form.Email"] = user.Email, ["Form.Password"] = "not the right one" });
        await app.NewBrowser().PostFormAsync("/Account/SignIn", new() { ["Form.Email"] = "nobody@example.org", ["Form.Password"] = "not the right one" });
        await app.SignInAsync(user);
        var token = await app.CreateTokenAsync(user, org);

        var rows = await AuditRows.AllAsync(app);
        Assert.Contains(rows, r => r.Action == AuditActions.SignInFailed && r.ActorUserId == user.Id);
        Assert.Contains(rows, r => r.Action == AuditActions.SignInFailed && r.ActorUserId == null);
        Assert.Contains(rows, r => r.Action == AuditActions.SignIn && r.ActorUserId == user.Id && r.Outcome == "second-factor");
        Assert.Contains(rows, r => r.Action == AuditActions.TokenCreated && r.ActorUserId == user.Id && r.OrganisationId == org.Id && r.Subject == token[..8]);
        for (var i = 0; i < rows.Count; i++)
        {
            Assert.Equal(i + 1, rows[i].Sequence);
            Assert.Equal(i == 0 ? AuditChain.Genesis : rows[i - 1].Hash, rows[i].PreviousHash);
            Assert.Equal(AuditChain.HashOf(rows[i]), rows[i].Hash);
            Assert.DoesNotContain(user.Email, string.Join("|", rows[i].Action, rows[i].Outcome, rows[i].Subject, rows[i].Dataset, rows[i].Breakdown), StringComparison.OrdinalIgnoreCase);
        }

        Assert.Null(await AuditRows.VerifyAsync(app));
        var cli = await Cli.RunAsync(app, ["audit", "verify"]);
        Assert.Equal(0, cli.ExitCode);
        Assert.Contains($"Audit trail intact: {rows.Count} rows verified.", cli.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_application_s_database_role_cannot_change_or_remove_audit_rows()
    {
        await AuditRows.RecordSomeActivityAsync(app);
        var before = await AuditRows.AllAsync(app);

        if (app.Database.IsPostgres)
        {
            await using var asApp = new NpgsqlConnection(app.Database.ConnectionString);
            await asApp.OpenAsync();
            foreach (var sql in new[] { "UPDATE \"AuditEntries\" SET \"Outcome\" = 'x' WHERE \"Sequence\" = @s", "DELETE FROM \"AuditEntries\" WHERE \"Sequence\" = @s", "TRUNCATE \"AuditEntries\"" })
            {
                var denied = await Assert.ThrowsAsync<PostgresException>(() => AuditRows.ExecuteAsync(asApp, sql, 1));
                Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, denied.SqlState);
            }
        }
        else
        {
            // SQLite has no roles: the application's own code offers no way to change a row,
            // and the chain (see AuditTamperingTests) is what exposes a change made to the file.
            Assert.DoesNotContain(typeof(AuditTrail).GetMethods(), m => m.Name.Contains("Update", StringComparison.Ordinal) || m.Name.Contains("Delete", StringComparison.Ordinal) || m.Name.Contains("Remove", StringComparison.Ordinal));
            Assert.All(typeof(AuditEntry).GetProperties(), p => Assert.False(p.SetMethod?.IsPublic ?? false, $"AuditEntry.{p.Name} can be set."));
        }

        var after = await AuditRows.AllAsync(app);
        Assert.Equal(before.Select(r => r.Hash), after.Take(before.Count).Select(r => r.Hash));
        Assert.Null(await AuditRows.VerifyAsync(app));
    }
}
