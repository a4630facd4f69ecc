using System.Net;
using Microsoft.EntityFrameworkCore;
using Paritas.Web.Features.Accounts;
using Paritas.Web.Features.Organisations;

namespace Paritas.IntegrationTests.Security;

/// <summary>ASVS 13.1/4.2.2: no page changes anything when it is only opened (links, prefetch, crawlers, CSRF by image).</summary>
public sealed class NoStateChangeOnGetTests(ParitasFactory app) : IClassFixture<ParitasFactory>
{
    // Rows that reading a page legitimately writes: the audit trail (P8) and sign-in sessions.
    private static readonly HashSet<string> Volatile = ["AuditEntries", "UserSessions"];

    // Identity rotates this stamp on harmless updates; it carries no data.
    // Bookkeeping that reading legitimately updates: Identity's stamp, and the day a token was last used.
    private static readonly HashSet<string> VolatileColumns = ["AspNetUsers.ConcurrencyStamp", "PersonalAccessTokens.LastUsedOn"];

    [Fact]
    public async Task Opening_the_sign_out_page_does_not_sign_out()
    {
        var org = await app.CreateOrganisationAsync();
        var browser = await app.SignInAsAsync(Role.EmployerRepresentative, org);

        var page = await browser.GetAsync("/Account/SignOut");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/Start")).StatusCode);
    }

    [Fact]
    public async Task Opening_every_page_as_an_organisation_administrator_or_a_platform_administrator_changes_no_data()
    {
        var org = await app.CreateOrganisationAsync();
        var ids = await ArrangeOrganisationDataAsync(org);
        var orgAdmin = await app.CreateUserAsync(org, Role.OrganisationAdministrator);
        var platformAdmin = await app.CreateUserAsync(null, null, platformAdministrator: true);
        ids.Add(orgAdmin.Id);
        var browsers = new[] { ("organisation administrator", await app.SignInAsync(orgAdmin)), ("platform administrator", await app.SignInAsync(platformAdmin)) };
        var pages = RouteCatalogue.PageUrls(app.Services, ids[0].ToString("D"));
        Assert.Contains("/Start", pages);

        var before = await DatabaseSnapshot.TakeAsync(app, Volatile, VolatileColumns);
        foreach (var (who, browser) in browsers)
        {
            foreach (var page in pages)
            {
                foreach (var url in ids.Select(id => $"{page}?id={id:D}").Prepend(page))
                {
                    var response = await browser.GetAsync(url);
                    Assert.True((int)response.StatusCode < 500, $"GET {url} as {who} answered {(int)response.StatusCode}");
                }
            }
        }

        var after = await DatabaseSnapshot.TakeAsync(app, Volatile, VolatileColumns);
        DatabaseSnapshot.AssertUnchanged(before, after, "GET of every page");
    }

    [Fact]
    public async Task The_snapshot_used_above_notices_a_changed_row()
    {
        var org = await app.CreateOrganisationAsync();
        var ids = await ArrangeOrganisationDataAsync(org);
        var before = await DatabaseSnapshot.TakeAsync(app, Volatile, VolatileColumns);

        await app.WithScopeAsync(async (_, db) =>
        {
            var unit = await db.Units.IgnoreQueryFilters().SingleAsync(u => u.Id == ids[0]);
            unit.Update("Home care north", unit.Sector, unit.Headcount);
            return await db.SaveChangesAsync();
        });

        var after = await DatabaseSnapshot.TakeAsync(app, Volatile, VolatileColumns);
        Assert.ThrowsAny<Xunit.Sdk.XunitException>(() => DatabaseSnapshot.AssertUnchanged(before, after, "a rename"));
    }

    private Task<List<Guid>> ArrangeOrganisationDataAsync(Organisation org) => app.WithScopeAsync(async (_, db) =>
    {
        var unit = new Unit(org.Id, "HC", "Home care", Sector.HealthAndSocialCare, 120, null);
        var dimension = new WorkforceDimension(org.Id, WorkforceDimensionKind.OccupationalGroup, "Occupation");
        var group = new WorkforceGroup(dimension, "nurse", "Nurses");
        var committee = new JointCommittee(org.Id, "Joint committee on digitalisation");
        db.AddRange(unit, dimension, group, committee);
        await db.SaveChangesAsync();
        return new List<Guid> { unit.Id, dimension.Id, group.Id, committee.Id };
    });
}
