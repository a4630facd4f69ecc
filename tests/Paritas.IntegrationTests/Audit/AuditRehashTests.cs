using System.Data.Common;
using Paritas.IntegrationTests.CommandLine;
using Paritas.Web.Features.Audit;

namespace Paritas.IntegrationTests.Audit;

/// <summary>Rewriting a row together with its own hash still breaks the link from the row after it.</summary>
[Collection(ProcessEnvironment.Name)]
public sealed class AuditRehashTests(ParitasFactory app) : IClassFixture<ParitasFactory>
{
    [Fact]
    public async Task A_row_rewritten_with_a_fresh_hash_is_exposed_by_the_next_row()
    {
        await AuditRows.RecordSomeActivityAsync(app);
        var rows = await AuditRows.AllAsync(app);
        var row = rows[rows.Count / 2];
        var forged = new AuditEntry(row.Sequence, row.At, new AuditRecord(row.Action, row.ActorUserId, row.ActorRole, row.OrganisationId, row.Dataset, row.Breakdown, "nothing happened", row.Subject), row.PreviousHash);

        await using (var connection = app.Database.OpenRaw())
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "UPDATE \"AuditEntries\" SET \"Outcome\" = @o, \"Hash\" = @h WHERE \"Sequence\" = @s";
            Add(command, "o", forged.Outcome!);
            Add(command, "h", forged.Hash);
            Add(command, "s", row.Sequence);
            Assert.Equal(1, await command.ExecuteNonQueryAsync());
        }

        var broken = await AuditRows.VerifyAsync(app);
        Assert.NotNull(broken);
        Assert.Equal((row.Sequence + 1, AuditBreakReason.PreviousHashMismatch), (broken.Sequence, broken.Reason));

        var cli = await Cli.RunAsync(app, ["audit", "verify"]);
        Assert.Equal(1, cli.ExitCode);
        Assert.Contains($"row {row.Sequence + 1} does not link to the row before it", cli.Error, StringComparison.Ordinal);
    }

    private static void Add(DbCommand command, string name, object value)
    {
        var p = command.CreateParameter();
        p.ParameterName = name;
        p.Value = value;
        command.Parameters.Add(p);
    }
}
