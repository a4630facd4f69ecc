using System.Net;
using Paritas.IntegrationTests.Changes;
using Paritas.Web.Features.Accounts;

namespace Paritas.IntegrationTests.Concerns;

/// <summary>Acceptance 5: another organisation's concerns do not exist for anyone else, and only committee seats read them.</summary>
public sealed class ConcernAccessTests(ParitasFactory app) : IClassFixture<ParitasFactory>
{
    [Fact]
    public async Task A_concern_of_another_organisation_is_not_found_through_any_door()
    {
        var world = await app.ArrangeConcernWorldAsync();
        await app.NewReporter().RaiseAsync(world, "Organisation A's concern.");
        var id = await app.OnlyConcernOfAsync(world);
        var other = await app.ArrangeConcernWorldAsync();
        var outsider = await app.CommitteeBrowserAsync(other.Employer);
        var api = await app.ApiClientAsync(Role.EmployerRepresentative, other.Organisation);

        foreach (var url in new[] { $"/Concerns/Details?id={id}", $"/Concerns/Details?handler=Photo&id={id}&attachment={Guid.NewGuid()}", $"/Concerns/Poster?unit={world.Unit.Id}", $"/api/v1/concerns/{id}" })
        {
            var response = url.StartsWith("/api", StringComparison.Ordinal) ? await api.GetAsync(url) : await outsider.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{url} answered {(int)response.StatusCode}");
        }

        var acknowledge = await outsider.PostFormAsync($"/Concerns/Details?id={id}&handler=Acknowledge", [], "/Concerns");
        Assert.Equal(HttpStatusCode.NotFound, acknowledge.StatusCode);
        var inbox = await (await outsider.GetAsync("/Concerns")).Content.ReadAsStringAsync();
        Assert.DoesNotContain(id.ToString(), inbox, StringComparison.Ordinal);
        var report = await (await api.GetAsync($"/api/v1/concerns/report?changeId={world.ChangeId}")).Content.ReadAsStringAsync();
        Assert.DoesNotContain(world.ChangeId.ToString(), report, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_people_seated_on_a_joint_committee_handle_concerns()
    {
        var world = await app.ArrangeConcernWorldAsync();
        await app.NewReporter().RaiseAsync(world, "Only for the committee.");
        var id = await app.OnlyConcernOfAsync(world);

        var viewer = await app.SignInAsAsync(Role.Viewer, world.Organisation);
        var unseatedRepresentative = await app.SignInAsAsync(Role.WorkersRepresentative, world.Organisation);

        Assert.Equal(HttpStatusCode.Redirect, (await viewer.GetAsync($"/Concerns/Details?id={id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await unseatedRepresentative.GetAsync($"/Concerns/Details?id={id}")).StatusCode);
        Assert.Contains("Only members of a joint committee read concerns.", await (await unseatedRepresentative.GetAsync("/Concerns")).Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await unseatedRepresentative.PostFormAsync($"/Concerns/Details?id={id}&handler=Acknowledge", [], "/Concerns")).StatusCode);
    }
}
