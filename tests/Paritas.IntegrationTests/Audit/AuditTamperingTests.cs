using Paritas.IntegrationTests.CommandLine;
using Paritas.Web.Features.Audit;

namespace Paritas.IntegrationTests.Audit;

/// <summary>A changed row is found and named, by the application and by `paritas audit verify`.</summary>
[Collection(ProcessEnvironment.Name)]
public sealed class AuditTamperingTests(ParitasFactory app) : IClassFixture<ParitasFactory>
{
    [Fact]
    public async Task Changing_one_row_s_outcome_is_reported_as_that_row_altered()
    {
        await AuditRows.RecordSomeActivityAsync(app);
        var rows = await AuditRows.AllAsync(app);
        Assert.True(rows.Count >= 4);
        var target = rows[rows.Count / 2].Sequence;

        Assert.Equal(1, await AuditRows.ExecuteRawAsync(app, "UPDATE \"AuditEntries\" SET \"Outcome\" = 'nothing happened' WHERE \"Sequence\" = @s", target));

        var broken = await AuditRows.VerifyAsync(app);
        Assert.NotNull(broken);
        Assert.Equal((target, AuditBreakReason.Altered, target - 1), (broken.Sequence, broken.Reason, broken.VerifiedRows));

        var cli = await Cli.RunAsync(app, ["audit", "verify"]);
        Assert.Equal(1, cli.ExitCode);
        Assert.Contains($"row {target} was altered", cli.Error, StringComparison.Ordinal);
    }
}
