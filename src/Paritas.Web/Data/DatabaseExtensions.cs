using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Paritas.Web.Data;

public static class DatabaseExtensions
{
    public const string ConnectionName = "Paritas";

    /// <summary>Optional: a PostgreSQL connection as the role that owns the tables, used only to migrate.</summary>
    public const string OwnerConnectionName = "ParitasOwner";

    public static IHostApplicationBuilder AddDatabase(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<DatabaseOptions>().BindConfiguration(DatabaseOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        var options = builder.Configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        var connectionString = ConnectionStringFor(builder, options.Provider, ConnectionName);

        builder.Services.AddScoped<TenantContext>();
        if (options.Provider == DatabaseProvider.Postgres)
        {
            builder.Services.AddDbContext<AppDbContext, PostgresAppDbContext>((sp, o) => o
                .UseNpgsql(connectionString, n => n.MigrationsAssembly(typeof(AppDbContext).Assembly.FullName))
                .AddInterceptors(new TenantConnectionInterceptor(sp.GetRequiredService<TenantContext>()), new TenantTransactionInterceptor(sp.GetRequiredService<TenantContext>())));
        }
        else
        {
            builder.Services.AddDbContext<AppDbContext, SqliteAppDbContext>(o => o.UseSqlite(connectionString));
        }

        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddScoped<DatabaseMigrator>();
        builder.Services.AddHealthChecks().AddDbContextCheck<AppDbContext>("database", tags: ["ready"]);
        return builder;
    }

    public static string ConnectionStringFor(IHostApplicationBuilder builder, DatabaseProvider provider, string name)
    {
        var configured = builder.Configuration.GetConnectionString(name);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return configured;
        }

        if (provider == DatabaseProvider.Postgres)
        {
            throw new OptionsValidationException(name, typeof(DatabaseOptions), [$"ConnectionStrings__{name} is required when Database__Provider is Postgres."]);
        }

        // The embedded default: a file under ./data/ beside the application's content.
        var folder = Path.Combine(builder.Environment.ContentRootPath, "data");
        Directory.CreateDirectory(folder);
        return $"Data Source={Path.Combine(folder, "paritas.db")}";
    }
}
