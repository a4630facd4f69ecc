using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Paritas.IntegrationTests.OrganisationSetup;
using Paritas.IntegrationTests.Changes;
using Paritas.Web.Features.Concerns;

namespace Paritas.IntegrationTests.Concerns;

public sealed class ConcernRetentionTests(ParitasFactory app) : IClassFixture<ParitasFactory>
{
    [Fact]
    public async Task A_closed_concern_is_announced_before_its_retention_ends_and_then_destroyed_without_a_trace()
    {
        var world = await app.ArrangeConcernWorldAsync();
        var reporter = app.NewReporter();
        var receipt = await reporter.RaiseAsync(world, "SHRED-ME: the tracking data is kept for years.", "PrivacyAndMonitoring", photo: GeotaggedPhoto.Build());
        var id = await app.OnlyConcernOfAsync(world);
        var committee = await app.CommitteeBrowserAsync(world.Employer);
        await committee.PostFormAsync($"/Concerns/Details?id={id}&handler=Message", new() { ["MessageText"] = "We will shorten the retention." }, $"/Concerns/Details?id={id}");
        await committee.PostFormAsync($"/Concerns/Details?id={id}&handler=Close", new() { ["outcome"] = "Resolved" }, $"/Concerns/Details?id={id}");
        var closedOn = app.Today();
        var alerts = app.Services.GetRequiredService<ConcernAlerts>();

        var warning = await alerts.RunAsync(closedOn.AddDays(365 - ConcernAlerts.RetentionWarningDays), default);
        var stillThere = await app.CountAsync(db => db.Concerns.Where(c => c.Id == id));
        var destruction = await alerts.RunAsync(closedOn.AddDays(365), default);

        Assert.True(warning.Mails > 0);
        Assert.Contains(MailFolderReader.All(app.MailFolder), m => m.To == world.Employer.Email && m.Body.Contains("it will be destroyed on", StringComparison.Ordinal));
        Assert.Equal(1, stillThere);
        Assert.Equal(1, destruction.Destroyed);
        Assert.Equal(0, await app.CountAsync(db => db.Concerns.Where(c => c.Id == id)));
        Assert.Equal(0, await app.CountAsync(db => db.ConcernMessages.Where(c => c.ConcernId == id)));
        Assert.Equal(0, await app.CountAsync(db => db.ConcernAttachments.Where(c => c.ConcernId == id)));
        Assert.Equal(0, await app.CountAsync(db => db.ConcernKeyShares.Where(c => c.ConcernId == id)));
        Assert.Contains("No concern matches this receipt", await reporter.FollowAsync(receipt), StringComparison.Ordinal);
    }
}
