using System.CommandLine;
using Microsoft.EntityFrameworkCore;
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

    /// <summary>
    /// The same services as the web application, configured from the same settings and environment.
    /// Verbs other than those that migrate refuse to run on a database that is not up to date, with a
    /// message saying what to do instead of a missing-table error.
    /// </summary>
    public static Task<int> WithServicesAsync(Func<IServiceProvider, CancellationToken, Task<int>> work, CancellationToken ct)
        => RunAsync(work, migrates: false, ct);

    /// <summary>As <see cref="WithServicesAsync"/>, for the verbs that migrate the database themselves.</summary>
    public static Task<int> WithMigratingServicesAsync(Func<IServiceProvider, CancellationToken, Task<int>> work, CancellationToken ct)
        => RunAsync(work, migrates: true, ct);

    private static async Task<int> RunAsync(Func<IServiceProvider, CancellationToken, Task<int>> work, bool migrates, CancellationToken ct)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = [] });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.AddParitasServices();
        await using var app = builder.Build();
        await using var scope = app.Services.CreateAsyncScope();
        try
        {
            if (!migrates)
            {
                await RequireCurrentDatabaseAsync(scope.ServiceProvider, ct);
            }

            return await work(scope.ServiceProvider, ct);
        }
        catch (CommandFailedException e)
        {
            await Console.Error.WriteLineAsync(e.Message);
            return 1;
        }
    }

    private static async Task RequireCurrentDatabaseAsync(IServiceProvider services, CancellationToken ct)
    {
        var db = services.GetRequiredService<Data.AppDbContext>();
        var pending = await db.Database.GetPendingMigrationsAsync(ct);
        if (pending.Any())
        {
            throw new CommandFailedException("The database is not set up or not up to date. Run `paritas migrate` first.");
        }
    }
}
