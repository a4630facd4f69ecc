using System.Text.Json;
using Paritas.Web.Features.Library.Exchange;
using Paritas.Web.Features.Library.Search;

namespace Paritas.Web.Features.Library;

public static class LibraryExtensions
{
    public static IServiceCollection AddLibrary(this IServiceCollection services)
    {
        services.AddOptions<LibraryOptions>().BindConfiguration(LibraryOptions.Section);
        return services
            .AddScoped<LibraryAccess>()
            .AddScoped<LibrarySearch>()
            .AddScoped<LibraryExchange>()
            .AddScoped<LibrarySeed>()
            .AddScoped<ClauseAdoption>();
    }

    /// <summary>Imports the shipped library after a migration, unless configured off (tests that bring their own).</summary>
    public static async Task SeedLibraryAsync(this IServiceProvider services, CancellationToken ct)
    {
        if (services.GetRequiredService<Microsoft.Extensions.Options.IOptions<LibraryOptions>>().Value.SeedOnMigrate)
        {
            await services.GetRequiredService<LibrarySeed>().SeedAsync(ct);
        }
    }

    /// <summary>The feed and the export: open to anyone, each showing only what the one asking may see.</summary>
    public static WebApplication MapLibrary(this WebApplication app)
    {
        app.MapGet("/library/feed.atom", LibraryFeed.WriteAsync).AllowAnonymous();
        app.MapGet("/library/export.json", async (LibraryAccess access, CancellationToken ct) =>
        {
            var document = await LibraryExchange.ExportAsync(await access.VisibleItemsAsync(ct), ct);
            return Results.Text(JsonSerializer.Serialize(document, LibraryExchange.Json), "application/json; charset=utf-8");
        }).AllowAnonymous();
        return app;
    }
}
