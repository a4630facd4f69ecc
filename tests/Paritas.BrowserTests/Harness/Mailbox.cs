using System.Diagnostics;

namespace Paritas.BrowserTests.Harness;

/// <summary>The application's mail pickup directory, where it writes each outgoing mail as an .eml file.</summary>
public sealed class Mailbox(string directory)
{
    private static readonly TimeSpan DefaultWait = TimeSpan.FromSeconds(15);

    public string Directory { get; } = directory;

    /// <summary>All mails so far, oldest first.</summary>
    public IReadOnlyList<ReceivedMail> All()
    {
        if (!System.IO.Directory.Exists(Directory))
        {
            return [];
        }

        return new DirectoryInfo(Directory).GetFiles("*.eml")
            .OrderBy(f => f.LastWriteTimeUtc)
            .ThenBy(f => f.Name, StringComparer.Ordinal)
            .Select(f => TryRead(f.FullName))
            .OfType<ReceivedMail>()
            .ToList();
    }

    /// <summary>
    /// The newest mail (that <paramref name="matches"/>, if given), waiting for it to arrive,
    /// since the application may send mail after the page that caused it has answered.
    /// </summary>
    public async Task<ReceivedMail> NewestAsync(
        Func<ReceivedMail, bool>? matches = null,
        TimeSpan? wait = null,
        CancellationToken cancellationToken = default)
    {
        var limit = wait ?? DefaultWait;
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var mail = All().LastOrDefault(m => matches?.Invoke(m) ?? true);
            if (mail is not null)
            {
                return mail;
            }

            if (clock.Elapsed >= limit)
            {
                var seen = All();
                throw new TimeoutException(
                    $"No {(matches is null ? "" : "matching ")}mail arrived in {Directory} within {limit.TotalSeconds:0.#} s. "
                    + $"Mails there: {(seen.Count == 0 ? "none" : string.Join("; ", seen.Select(m => $"'{m.Subject}' to {m.To}")))}");
            }

            await Task.Delay(TimeSpan.FromMilliseconds(100), cancellationToken);
        }
    }

    /// <summary>The newest mail addressed to <paramref name="address"/>, waiting for it to arrive.</summary>
    public Task<ReceivedMail> NewestToAsync(string address, TimeSpan? wait = null, CancellationToken cancellationToken = default) =>
        NewestAsync(m => m.To.Contains(address, StringComparison.OrdinalIgnoreCase), wait, cancellationToken);

    private static ReceivedMail? TryRead(string path)
    {
        try
        {
            return ReceivedMail.Read(path);
        }
        catch (Exception e) when (e is IOException or FormatException)
        {
            // Still being written; the next poll reads it whole.
            return null;
        }
    }
}
