using System.Net;
using Microsoft.EntityFrameworkCore;
using Paritas.Web.Features.Concerns;

namespace Paritas.IntegrationTests.Concerns;

public sealed class RaisingAndAnsweringTests(ParitasFactory app) : IClassFixture<ParitasFactory>
{
    [Fact]
    public async Task A_worker_raises_a_concern_anonymously_the_committee_answers_and_the_worker_reads_and_replies_with_the_receipt()
    {
        var world = await app.ArrangeConcernWorldAsync();
        var reporter = app.NewReporter();

        var receipt = await reporter.RaiseAsync(world, "The tablet battery dies before noon on every home care round.");

        Assert.Matches("^[0-9A-Z]{4}(-[0-9A-Z]{4}){5}$", receipt);
        var id = await app.OnlyConcernOfAsync(world);
        var employer = await app.CommitteeBrowserAsync(world.Employer);
        var inbox = await (await employer.GetAsync("/Concerns")).Content.ReadAsStringAsync();
        Assert.Contains($"/Concerns/Details?id={id}", inbox, StringComparison.Ordinal);
        var details = await (await employer.GetAsync($"/Concerns/Details?id={id}")).Content.ReadAsStringAsync();
        Assert.Contains("The tablet battery dies before noon", details, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Redirect, (await employer.PostFormAsync($"/Concerns/Details?id={id}&handler=Acknowledge", [], $"/Concerns/Details?id={id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await employer.PostFormAsync($"/Concerns/Details?id={id}&handler=Message", new() { ["MessageText"] = "Spare batteries are on their way to every team." }, $"/Concerns/Details?id={id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await employer.PostFormAsync($"/Concerns/Details?id={id}&handler=Message", new() { ["MessageText"] = "Internal: ask the vendor about battery life.", ["Internal"] = "true" }, $"/Concerns/Details?id={id}")).StatusCode);

        var followed = await reporter.FollowAsync(receipt);
        Assert.Contains("Spare batteries are on their way", followed, StringComparison.Ordinal);
        Assert.DoesNotContain("ask the vendor", followed, StringComparison.Ordinal);
        Assert.Contains("Answered", followed, StringComparison.Ordinal);

        var replied = await reporter.FollowAsync(receipt.ToLowerInvariant().Replace("-", " ", StringComparison.Ordinal), "Reply", new() { ["Form.Reply"] = "Thank you, two arrived today." });
        Assert.Contains("Thank you, two arrived today.", replied, StringComparison.Ordinal);

        var worker = await app.CommitteeBrowserAsync(world.Worker);
        var seenByWorkersSide = await (await worker.GetAsync($"/Concerns/Details?id={id}")).Content.ReadAsStringAsync();
        Assert.Contains("Thank you, two arrived today.", seenByWorkersSide, StringComparison.Ordinal);
        Assert.Contains("ask the vendor", seenByWorkersSide, StringComparison.Ordinal);
        var status = await app.WithScopeAsync((_, db) => db.Concerns.IgnoreQueryFilters().Where(c => c.Id == id).Select(c => new { c.Status, c.AcknowledgedOn, c.AnsweredOn }).SingleAsync());
        Assert.Equal(ConcernStatus.Answered, status.Status);
        Assert.NotNull(status.AcknowledgedOn);
        Assert.NotNull(status.AnsweredOn);
    }

    [Fact]
    public async Task A_wrong_receipt_opens_nothing_and_the_session_must_wait_longer_after_each_one()
    {
        var world = await app.ArrangeConcernWorldAsync();
        var reporter = app.NewReporter();
        var receipt = await reporter.RaiseAsync(world, "Scheduling app double-books the night shift.");
        var wrong = receipt[..^1] + (receipt[^1] == '0' ? '1' : '0');
        var guesser = app.NewReporter();
        await guesser.GetAsync("/Concerns/Follow");

        var first = await guesser.FollowAsync(wrong);
        var second = await guesser.FollowAsync(receipt);

        Assert.Contains("No concern matches this receipt", first, StringComparison.Ordinal);
        Assert.DoesNotContain("double-books", first, StringComparison.Ordinal);
        Assert.Contains("Too many wrong receipts", second, StringComparison.Ordinal);
        Assert.DoesNotContain("double-books", second, StringComparison.Ordinal);

        app.Clock.Advance(TimeSpan.FromSeconds(2));
        Assert.Contains("double-books", await guesser.FollowAsync(receipt), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_form_with_problems_says_what_to_fix_and_stores_nothing()
    {
        var world = await app.ArrangeConcernWorldAsync();
        var reporter = app.NewReporter();

        var response = await reporter.PostConcernAsync(world, "", category: "NoSuchCategory", reporterChoice: "Named", photo: "not a picture"u8.ToArray());
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("There is a problem", html, StringComparison.Ordinal);
        Assert.Contains("Describe your concern.", html, StringComparison.Ordinal);
        Assert.Equal(0, await app.CountAsync(db => db.Concerns.Where(c => c.OrganisationId == world.Organisation.Id)));
    }

    [Fact]
    public async Task The_report_page_of_an_unknown_organisation_or_unit_is_not_found()
    {
        var world = await app.ArrangeConcernWorldAsync();
        var other = await app.CreateOrganisationAsync();
        var reporter = app.NewReporter();

        Assert.Equal(HttpStatusCode.NotFound, (await reporter.GetAsync("/Concerns/Report/no-such-organisation")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await reporter.GetAsync($"/Concerns/Report/{other.Slug}/{world.Unit.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await reporter.GetAsync(world.ReportUrl)).StatusCode);
    }
}
