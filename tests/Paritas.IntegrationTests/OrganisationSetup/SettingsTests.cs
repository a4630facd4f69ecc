using System.Net;
using Microsoft.EntityFrameworkCore;
using Paritas.Web.Features.Accounts;

namespace Paritas.IntegrationTests.OrganisationSetup;

public sealed class SettingsTests(ParitasFactory app) : IClassFixture<ParitasFactory>
{
    [Fact]
    public async Task An_administrator_renames_the_organisation_and_raises_the_minimum_groups()
    {
        var org = await app.CreateOrganisationAsync();
        var admin = await app.SignInAsAsync(Role.OrganisationAdministrator, org);

        var saved = await admin.PostFormAsync("/Organisation/Settings", Settings("Nordby kommune", "8", "15"));

        saved.AssertRedirectsTo("/Organisation/Settings");
        var stored = await app.WithScopeAsync((_, db) => db.Organisations.SingleAsync(o => o.Id == org.Id));
        Assert.Equal("Nordby kommune", stored.Name);
        Assert.Equal(8, stored.MinimumSurveyGroup);
        Assert.Equal(15, stored.MinimumHealthGroup);
    }

    [Fact]
    public async Task Minimum_groups_below_the_floors_are_refused_and_nothing_changes()
    {
        var org = await app.CreateOrganisationAsync("Sørby");
        var admin = await app.SignInAsAsync(Role.OrganisationAdministrator, org);

        var low = await admin.PostFormAsync("/Organisation/Settings", Settings("Lowered", "4", "9"));
        var notNumbers = await (await admin.PostFormAsync("/Organisation/Settings", Settings("Lowered", "five", ""))).TextAsync();

        Assert.Equal(HttpStatusCode.OK, low.StatusCode);
        var page = await low.TextAsync();
        Assert.Contains("The minimum group for survey results cannot be lower than 5.", page, StringComparison.Ordinal);
        Assert.Contains("The minimum group for absence, health and training figures cannot be lower than 10.", page, StringComparison.Ordinal);
        Assert.Contains("is not valid.", notNumbers, StringComparison.Ordinal);
        Assert.Contains("Enter the minimum group for absence, health and training figures.", notNumbers, StringComparison.Ordinal);
        var stored = await app.WithScopeAsync((_, db) => db.Organisations.SingleAsync(o => o.Id == org.Id));
        Assert.Equal("Sørby", stored.Name);
        Assert.Equal(5, stored.MinimumSurveyGroup);
        Assert.Equal(10, stored.MinimumHealthGroup);
    }

    private static Dictionary<string, string> Settings(string name, string survey, string health)
        => new() { ["Form.Name"] = name, ["Form.MinimumSurveyGroup"] = survey, ["Form.MinimumHealthGroup"] = health };
}
