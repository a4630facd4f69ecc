using System.Net.Http.Json;
using System.Text.Json;
using Paritas.Web.Features.Accounts;

namespace Paritas.IntegrationTests.Changes;

public sealed class OverdueFlagsTests(ParitasFactory app) : IClassFixture<ParitasFactory>
{
    [Fact]
    public async Task Overdue_obligations_show_on_the_start_page_the_change_page_the_list_filter_and_the_api()
    {
        var org = await app.CreateOrganisationAsync();
        var units = await app.CreateUnitsAsync(org, 1);
        var employer = await app.SignInAsAsync(Role.EmployerRepresentative, org);
        await employer.ImportTemplateAsync("quebec-joint-committee");
        // Going live in five days puts the consultation (due 14 days before go-live) in the past.
        var late = await employer.RegisterChangeAsync("Late tablets", (units[0].Id, 9, app.Today().AddDays(5)));
        var onTime = await employer.RegisterChangeAsync("Timely chatbot", (units[0].Id, 9, app.Today().AddDays(90)));
        var steward = await app.SignInAsAsync(Role.WorkersRepresentative, org);

        var start = await steward.GetStringAsync("/Start");
        Assert.Contains("Overdue obligations", start, StringComparison.Ordinal);
        Assert.Contains("Late tablets", start, StringComparison.Ordinal);
        Assert.DoesNotContain("Timely chatbot", start, StringComparison.Ordinal);
        var osh = await app.SignInAsAsync(Role.OshOfficer, org);
        Assert.DoesNotContain("Overdue obligations", await osh.GetStringAsync("/Start"), StringComparison.Ordinal);

        Assert.Contains("An obligation is overdue.", await steward.GetStringAsync($"/Changes/Details?id={late}"), StringComparison.Ordinal);
        Assert.DoesNotContain("is overdue.", await steward.GetStringAsync($"/Changes/Details?id={onTime}"), StringComparison.Ordinal);

        var filtered = await steward.GetStringAsync("/Changes?Filter.Overdue=true");
        Assert.Contains("Late tablets", filtered, StringComparison.Ordinal);
        Assert.DoesNotContain("Timely chatbot", filtered, StringComparison.Ordinal);
        Assert.Contains("Timely chatbot", await steward.GetStringAsync("/Changes"), StringComparison.Ordinal);

        var api = await app.ApiClientAsync(Role.OshOfficer, org);
        var listed = (await api.GetFromJsonAsync<JsonElement>("/api/v1/changes?overdue=true")).EnumerateArray().ToList();
        var only = Assert.Single(listed);
        Assert.Equal(late, only.GetProperty("id").GetGuid());
        Assert.Equal(1, only.GetProperty("overdueObligations").GetInt32());
    }
}
