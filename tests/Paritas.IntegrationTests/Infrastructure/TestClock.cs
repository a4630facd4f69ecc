namespace Paritas.IntegrationTests.Infrastructure;

/// <summary>Real time plus an offset the tests can move forward (TOTP codes are single-use per 30 s step).</summary>
public sealed class TestClock : TimeProvider
{
    private long offsetTicks;

    public override DateTimeOffset GetUtcNow() => base.GetUtcNow().AddTicks(Interlocked.Read(ref offsetTicks));

    public void Advance(TimeSpan by) => Interlocked.Add(ref offsetTicks, by.Ticks);
}
