using Paritas.Web.Cli;
using Paritas.Web.Features.Absence.Indicators;
using Paritas.Web.Features.Accounts;

namespace Paritas.IntegrationTests.Absence;

[Collection(ConsoleUsers.Name)]
public sealed class IndicatorsExportCommandTests(ParitasFactory app) : IClassFixture<ParitasFactory>
{
    [Fact]
    public async Task The_export_writes_released_cells_and_empty_values_for_suppressed_ones()
    {
        var org = await app.CreateOrganisationAsync();
        await AbsenceData.ArrangeUnitsAsync(app, org);
        await AbsenceData.UploadAsync(await app.SignInAsAsync(Role.EmployerRepresentative, org), AbsenceData.Workforce(), AbsenceData.Spells());

        var (code, output) = await RunAsync("indicators", "export", "--organisation", org.Slug, "--format", "csv");

        Assert.Equal(0, code);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal(IndicatorCsv.Header, lines[0]);
        // ROOT January: 15 people, 356.5 available days, 10 lost → rate 0.02805.
        Assert.Contains("ROOT,,2024-01,15,356.5,10,0.02805,1,1,0,false", lines);
        Assert.Contains("SMALL,,2024-02,,,,,,,,true", lines);
        Assert.Contains("BIG,,2024-01,,,,,,,,true", lines);
        Assert.Equal(7, lines.Length);
    }

    [Fact]
    public async Task An_unknown_organisation_is_a_clear_failure()
    {
        var (code, _) = await RunAsync("indicators", "export", "--organisation", "no-such-org", "--format", "csv");
        Assert.Equal(1, code);
    }

    private async Task<(int Code, string Output)> RunAsync(params string[] args)
    {
        var (provider, connection) = (Environment.GetEnvironmentVariable("Database__Provider"), Environment.GetEnvironmentVariable("ConnectionStrings__Paritas"));
        var original = Console.Out;
        using var output = new StringWriter();
        Environment.SetEnvironmentVariable("Database__Provider", app.Database.IsPostgres ? "Postgres" : "Sqlite");
        Environment.SetEnvironmentVariable("ConnectionStrings__Paritas", app.Database.ConnectionString);
        Environment.SetEnvironmentVariable("Database__MigrateOnStart", "false");
        Console.SetOut(output);
        try
        {
            var code = await Paritas.Web.Cli.CommandLine.InvokeAsync(args);
            return (code, output.ToString());
        }
        finally
        {
            Console.SetOut(original);
            Environment.SetEnvironmentVariable("Database__Provider", provider);
            Environment.SetEnvironmentVariable("ConnectionStrings__Paritas", connection);
            Environment.SetEnvironmentVariable("Database__MigrateOnStart", null);
        }
    }
}

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ConsoleUsers
{
    public const string Name = "Console";
}
