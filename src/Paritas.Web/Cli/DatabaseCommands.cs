using System.CommandLine;
using Paritas.Web.Data;
using Paritas.Web.Features.Library;
using Paritas.Web.Features.Organisations;

namespace Paritas.Web.Cli;

public static class DatabaseCommands
{
    public static Command Migrate()
    {
        var command = new Command("migrate", "Create or upgrade the database to the current version (and apply row-level security on PostgreSQL).");
        command.SetAction((_, ct) => CommandLine.WithMigratingServicesAsync(async (services, c) =>
        {
            await services.GetRequiredService<DatabaseMigrator>().MigrateAsync(c);
            await services.SeedLibraryAsync(c);
            Console.WriteLine("Database is up to date.");
            return 0;
        }, ct));
        return command;
    }

    public static Command SeedDemo()
    {
        var command = new Command("seed-demo", "Migrate, then add the demo organisations and accounts (once; does nothing if they exist).");
        command.SetAction((_, ct) => CommandLine.WithMigratingServicesAsync(async (services, c) =>
        {
            await services.GetRequiredService<DatabaseMigrator>().MigrateAsync(c);
            await services.SeedLibraryAsync(c);
            var seeded = await services.GetRequiredService<DemoSeed>().SeedAsync(c);
            Console.WriteLine(seeded ? "Demo seeded." : "The demo is already there.");
            Console.WriteLine($"Password for every demo account: {DemoSeed.Password}");
            foreach (var (email, _, role) in DemoSeed.Accounts)
            {
                Console.WriteLine($"  {email,-32} {(role?.ToString() ?? "PlatformAdministrator")}");
            }

            return 0;
        }, ct));
        return command;
    }
}
