using Microsoft.EntityFrameworkCore;
using Paritas.Web.Features.Organisations;

namespace Paritas.IntegrationTests.Administration;

public static class AdminBrowser
{
    /// <summary>A signed-in platform administrator, on a database that has the usual countries.</summary>
    public static async Task<HttpClient> SignInAsPlatformAdministratorAsync(this ParitasFactory app)
    {
        await app.WithScopeAsync(async (_, db) =>
        {
            await DemoSeed.EnsureCountriesAsync(db, default);
            return await db.Countries.CountAsync();
        });
        return await app.SignInAsync(await app.CreateUserAsync(null, null, platformAdministrator: true));
    }

    public static string Unique(string prefix) => prefix + "-" + Guid.NewGuid().ToString("N")[..8];
}
