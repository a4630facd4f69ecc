namespace Paritas.BrowserTests.Harness;

/// <summary>
/// The authenticator app of each demo account, kept for the whole run. Every test shares the one
/// application and its demo accounts, and the application accepts each 30-second step only once per
/// account, so the codes already used must be remembered across tests.
/// </summary>
public sealed class Authenticators
{
    private readonly Dictionary<string, string> keys = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, long> lastSteps = new(StringComparer.OrdinalIgnoreCase);

    public bool IsSetUp(string email) => keys.ContainsKey(email);

    /// <summary>Keeps the key the set-up page showed, as scanning the QR code would.</summary>
    public void Remember(string email, string key) => keys[email] = key;

    public string KeyOf(string email) => keys.TryGetValue(email, out var key)
        ? key
        : throw new InvalidOperationException($"{email} has not set up an authenticator in this run.");

    /// <summary>
    /// A code the application has not accepted yet for this account. It takes the previous, the current
    /// and the next step, each once, so the next step's code serves a second sign-in within the same
    /// 30 seconds; only a third one has to wait for the next step.
    /// </summary>
    public async Task<string> NextCodeAsync(string email)
    {
        var key = KeyOf(email);
        while (true)
        {
            var now = DateTimeOffset.UtcNow;
            var current = Totp.TimeStep(now);
            var step = lastSteps.TryGetValue(email, out var last) ? Math.Max(current, last + 1) : current;
            if (step <= current + 1)
            {
                lastSteps[email] = step;
                return Totp.Compute(key, StartOf(step));
            }

            await Task.Delay(Totp.NextStepStart(now) - now + TimeSpan.FromMilliseconds(50));
        }
    }

    /// <summary>Six digits the application would refuse for this account now: no code of the steps it accepts.</summary>
    public string WrongCode(string email)
    {
        var key = KeyOf(email);
        var current = Totp.TimeStep(DateTimeOffset.UtcNow);
        var accepted = Enumerable.Range(-1, 4).Select(d => Totp.Compute(key, StartOf(current + d))).ToHashSet();
        return Enumerable.Range(0, 10).Select(d => new string((char)('0' + d), 6)).First(code => !accepted.Contains(code));
    }

    private static DateTimeOffset StartOf(long step) => DateTimeOffset.FromUnixTimeSeconds(step * (long)Totp.Step.TotalSeconds);
}
