using Paritas.Web.Features.Library.Exchange;

namespace Paritas.Web.Features.Library;

/// <summary>
/// The library Paritas ships (Seed/*.json, embedded): imported at start-up and by <c>migrate</c> into
/// the platform's public library. Import is idempotent by uid and version, so this runs every time.
/// </summary>
public sealed class LibrarySeed(LibraryExchange exchange, ILogger<LibrarySeed> logger)
{
    private const string Prefix = "Paritas.Web.Features.Library.Seed.";

    public async Task SeedAsync(CancellationToken ct)
    {
        var assembly = typeof(LibrarySeed).Assembly;
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            await using var stream = assembly.GetManifestResourceStream(name)!;
            var (document, problems) = LibraryExchange.Parse(stream);
            if (document is null)
            {
                // A broken seed file is a build mistake; the library must not take the application down with it.
                logger.LogError("Library seed {Name} was not imported: {Problems}", name, string.Join("; ", problems.Select(p => string.Format(System.Globalization.CultureInfo.InvariantCulture, p.Key, p.Values))));
                continue;
            }

            var outcome = await exchange.ImportAsync(document, null, ct);
            if (outcome.Created + outcome.Updated > 0)
            {
                logger.LogInformation("Library seed {Name}: {Created} items added, {Updated} updated", name, outcome.Created, outcome.Updated);
            }
        }
    }
}
