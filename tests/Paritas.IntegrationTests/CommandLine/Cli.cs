namespace Paritas.IntegrationTests.CommandLine;

public sealed record CliResult(int ExitCode, string Out, string Error);

/// <summary>Runs a verb in-process, as `paritas …` would, against a test class's database.</summary>
public static class Cli
{
    public static async Task<CliResult> RunAsync(ParitasFactory app, string[] args, string? standardInput = null, IReadOnlyDictionary<string, string?>? overrides = null)
    {
        // Starting the application migrates its database, as `paritas migrate` would have.
        _ = app.Services;
        var settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings__Paritas"] = app.Database.ConnectionString,
            ["Database__Provider"] = app.Database.IsPostgres ? "Postgres" : "Sqlite",
            ["ConnectionStrings__ParitasOwner"] = app.Database.IsPostgres ? app.Database.OwnerConnectionString : null,
            ["Database__ApplicationRole"] = app.Database.IsPostgres ? TestDatabase.AppRole : null,
            ["Mail__PickupDirectory"] = app.MailFolder,
        };
        foreach (var (key, value) in overrides ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        var previous = settings.Keys.ToDictionary(k => k, Environment.GetEnvironmentVariable);
        var (stdout, stderr, stdin) = (Console.Out, Console.Error, Console.In);
        using var output = new StringWriter();
        using var error = new StringWriter();
        try
        {
            foreach (var (key, value) in settings)
            {
                Environment.SetEnvironmentVariable(key, value);
            }

            Console.SetOut(output);
            Console.SetError(error);
            Console.SetIn(new StringReader(standardInput ?? ""));
            var code = await Paritas.Web.Cli.CommandLine.InvokeAsync(args);
            return new CliResult(code, output.ToString(), error.ToString());
        }
        finally
        {
            Console.SetOut(stdout);
            Console.SetError(stderr);
            Console.SetIn(stdin);
            foreach (var (key, value) in previous)
            {
                Environment.SetEnvironmentVariable(key, value);
            }
        }
    }
}
