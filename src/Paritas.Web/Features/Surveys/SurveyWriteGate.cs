namespace Paritas.Web.Features.Surveys;

/// <summary>
/// One survey write at a time on SQLite, which has a single writer: queued writers wait here in
/// order instead of spinning on a busy database. PostgreSQL does not use it.
/// </summary>
public sealed class SurveyWriteGate : IDisposable
{
    private readonly SemaphoreSlim semaphore = new(1, 1);

    public async Task<IDisposable> EnterAsync(CancellationToken ct)
    {
        await semaphore.WaitAsync(ct);
        return new Release(semaphore);
    }

    public void Dispose() => semaphore.Dispose();

    private sealed class Release(SemaphoreSlim semaphore) : IDisposable
    {
        private int released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref released, 1) == 0)
            {
                semaphore.Release();
            }
        }
    }
}
