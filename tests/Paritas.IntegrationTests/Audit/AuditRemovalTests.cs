using Paritas.IntegrationTests.CommandLine;
using Paritas.Web.Features.Audit;

namespace Paritas.IntegrationTests.Audit;

/// <summary>A removed row is found and named, by the application and by `paritas audit verify`.</summary>
[Collection(ProcessEnvironment.Name)]
public sealed class AuditRemovalTests(ParitasFactory app) : IClassFixture<ParitasFactory>
{
    [Fact]
    public async Task Deleting_a_row_in_the_middle_is_reported_as_missing()
    {
        await AuditRows.RecordSomeActivityAsync(app);
        var rows = await AuditRows.AllAsync(app);
        Assert.True(rows.Count >= 4);
        var target = rows[rows.Count / 2].Sequence;

        Assert.Equal(1, await AuditRows.ExecuteRawAsync(app, "DELETE FROM \"AuditEntries\" WHERE \"Sequence\" = @s", target));

        var broken = await AuditRows.VerifyAsync(app);
        Assert.NotNull(broken);
        Assert.Equal((target, AuditBreakReason.Missing), (broken.Sequence, broken.Reason));

        var cli = await Cli.RunAsync(app, ["audit", "verify"]);
        Assert.Equal(1, cli.ExitCode);
        Assert.Contains($"row {target} is missing", cli.Error, StringComparison.Ordinal);
    }
}
