namespace Paritas.Web.Features.Absence.Import;

/// <summary>
/// One import at a time per process: SQLite has a single writer, and concurrent writers give
/// second-long waits to everyone else; it also bounds the memory imports can take together.
/// </summary>
public sealed class AbsenceImportGate : IDisposable
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
