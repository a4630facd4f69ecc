using Microsoft.Extensions.DependencyInjection;
using Paritas.Web.Features.Library;
using Paritas.Web.Features.Library.Exchange;
using Paritas.Web.Features.Organisations;

namespace Paritas.IntegrationTests.Library;

/// <summary>Intent methods for the library tests.</summary>
public static class LibrarySteps
{
    public static string FixturePath => Path.Combine(AppContext.BaseDirectory, "Library", "library-fixture.json");

    /// <summary>Imports the test fixture into the platform library (idempotent, like every import).</summary>
    public static Task<ImportOutcome> ImportFixtureAsync(this ParitasFactory app) => app.WithScopeAsync(async (services, _) =>
    {
        await using var file = File.OpenRead(FixturePath);
        var (document, problems) = LibraryExchange.Parse(file);
        Assert.Empty(problems);
        return await services.GetRequiredService<LibraryExchange>().ImportAsync(document!, null, default);
    });

    /// <summary>An organisation's own case, in English, with the given visibility; returns its uid.</summary>
    public static Task<string> CreateCaseAsync(this ParitasFactory app, Organisation owner, string title, string body, LibraryVisibility visibility = LibraryVisibility.Private, Guid? networkId = null, string? summary = null)
        => app.WithScopeAsync(async (_, db) =>
        {
            var uid = "case-" + Guid.NewGuid().ToString("N")[..12];
            var item = new LibraryItem(uid, LibraryItemKind.PracticeCase, "en", owner.Id, app.Clock.GetUtcNow());
            item.SetTranslation("en", title, summary, body);
            item.CountryCode = "NO";
            item.Outcome = Outcome.Positive;
            db.LibraryItems.Add(item);
            if (visibility != LibraryVisibility.Private)
            {
                item.RequestSharing(visibility, networkId);
                item.ApproveSharing(app.Clock.GetUtcNow());
            }

            await LibraryIndexer.ReindexAsync(db, item, default);
            await db.SaveChangesAsync();
            return uid;
        });

    public static Task<Network> CreateNetworkAsync(this ParitasFactory app, params Organisation[] members) => app.WithScopeAsync(async (_, db) =>
    {
        var network = new Network("Network " + Guid.NewGuid().ToString("N")[..8], NetworkKind.NationalAssociation, "NO");
        db.Networks.Add(network);
        foreach (var m in members)
        {
            db.OrganisationNetworks.Add(new OrganisationNetwork { OrganisationId = m.Id, NetworkId = network.Id });
        }

        await db.SaveChangesAsync();
        return network;
    });
}
