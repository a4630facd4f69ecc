using System.CommandLine;
using Paritas.Web.Features.Absence;

namespace Paritas.Web.Cli;

/// <summary>The administration verbs of the paritas executable.</summary>
public static class CommandLine
{
    private static readonly string[] Verbs = ["migrate", "seed-demo", "users", "tokens", "audit", "analyze", "import", "indicators", "--help", "-h", "-?", "help"];

    public static bool IsVerb(string[] args) => args.Length > 0 && Verbs.Contains(args[0], StringComparer.Ordinal);

    public static RootCommand Build()
    {
        var root = new RootCommand("Paritas: run without a verb to serve the web application; with a verb, administer it.");
        root.Subcommands.Add(DatabaseCommands.Migrate());
        root.Subcommands.Add(DatabaseCommands.SeedDemo());
        root.Subcommands.Add(UsersCommand.Create());
        root.Subcommands.Add(TokensCommand.Create());
        root.Subcommands.Add(AuditCommand.Create());
        root.Subcommands.Add(AnalyzeCommand.Create());
        var import = AbsenceCommands.Import();
        import.Subcommands.Add(Features.Training.TrainingCommands.Import());
        root.Subcommands.Add(import);
        root.Subcommands.Add(AbsenceCommands.Indicators());
        return root;
    }

    public static Task<int> InvokeAsync(string[] args)
    {
        var arguments = args is ["help", .. var rest] ? [.. rest, "--help"] : args;
        return Build().Parse(arguments).InvokeAsync();
    }

    /// <summary>The same services as the web application, configured from the same settings and environment.</summary>
    public static async Task<int> WithServicesAsync(Func<IServiceProvider, CancellationToken, Task<int>> work, CancellationToken ct)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = [] });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.AddParitasServices();
        await using var app = builder.Build();
        await using var scope = app.Services.CreateAsyncScope();
        try
        {
            return await work(scope.ServiceProvider, ct);
        }
        catch (CommandFailedException e)
        {
            await Console.Error.WriteLineAsync(e.Message);
            return 1;
        }
    }
}
