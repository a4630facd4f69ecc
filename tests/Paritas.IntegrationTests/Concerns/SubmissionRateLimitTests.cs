using System.Net;

namespace Paritas.IntegrationTests.Concerns;

public sealed class SubmissionRateLimitFactory : ParitasFactory
{
    protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?> { ["Concerns:SubmissionsPerHour"] = "2" };
}

/// <summary>Submissions are limited per browser session (a random cookie), never per address.</summary>
public sealed class SubmissionRateLimitTests(SubmissionRateLimitFactory app) : IClassFixture<SubmissionRateLimitFactory>
{
    [Fact]
    public async Task A_session_that_sends_too_many_concerns_is_refused_while_another_session_is_not()
    {
        var world = await app.ArrangeConcernWorldAsync();
        var busy = app.NewReporter();
        await busy.RaiseAsync(world, "First.");
        await busy.RaiseAsync(world, "Second.");

        var third = await busy.PostConcernAsync(world, "Third.");
        var someoneElse = await app.NewReporter().PostConcernAsync(world, "From another phone on the same network.");

        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
        Assert.Equal(HttpStatusCode.OK, someoneElse.StatusCode);
    }
}
