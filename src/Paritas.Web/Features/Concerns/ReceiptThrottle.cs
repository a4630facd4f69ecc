using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace Paritas.Web.Features.Concerns;

/// <summary>
/// Slows down guessing of receipts, in memory only (no address is kept): after each wrong receipt
/// a browser session must wait twice as long as before (1 s, 2 s, 4 s … up to 15 minutes), and
/// when wrong receipts pile up across all sessions everyone waits too. Sessions are the random
/// reporter-session cookie; a client that drops its cookie lands in one shared, stricter bucket.
/// </summary>
public sealed class ReceiptThrottle(TimeProvider clock, IOptions<ConcernOptions> options)
{
    private static readonly TimeSpan MaxWait = TimeSpan.FromMinutes(15);
    private static readonly TimeSpan GlobalWindow = TimeSpan.FromMinutes(10);
    private readonly ConcurrentDictionary<string, (int Failures, DateTimeOffset NotBefore)> sessions = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<DateTimeOffset> recentFailures = new();

    /// <returns>How long the session must still wait; zero when it may try now.</returns>
    public TimeSpan WaitFor(string session)
    {
        var now = clock.GetUtcNow();
        var own = sessions.TryGetValue(session, out var s) && s.NotBefore > now ? s.NotBefore - now : TimeSpan.Zero;
        return own > GlobalWait(now) ? own : GlobalWait(now);
    }

    public void Failed(string session)
    {
        var now = clock.GetUtcNow();
        recentFailures.Enqueue(now);
        sessions.AddOrUpdate(
            session,
            _ => (1, now + TimeSpan.FromSeconds(1)),
            (_, old) =>
            {
                var failures = old.Failures + 1;
                var wait = TimeSpan.FromSeconds(Math.Pow(2, Math.Min(failures - 1, 20)));
                return (failures, now + (wait < MaxWait ? wait : MaxWait));
            });
        Prune(now);
    }

    public void Succeeded(string session) => sessions.TryRemove(session, out _);

    private TimeSpan GlobalWait(DateTimeOffset now)
    {
        var threshold = options.Value.GlobalWrongReceiptsBeforeSlowdown;
        var recent = recentFailures.Count(t => t > now - GlobalWindow);
        if (recent < threshold)
        {
            return TimeSpan.Zero;
        }

        // One more second for every further threshold's worth of failures, at most a minute.
        return TimeSpan.FromSeconds(Math.Min(60, 1 + (recent - threshold) / Math.Max(1, threshold / 10)));
    }

    private void Prune(DateTimeOffset now)
    {
        while (recentFailures.TryPeek(out var t) && t < now - GlobalWindow)
        {
            recentFailures.TryDequeue(out _);
        }

        if (sessions.Count > 100_000)
        {
            foreach (var (key, value) in sessions)
            {
                if (value.NotBefore < now - MaxWait)
                {
                    sessions.TryRemove(key, out _);
                }
            }
        }
    }
}
