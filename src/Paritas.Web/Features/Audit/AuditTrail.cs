using Microsoft.EntityFrameworkCore;
using Paritas.Web.Data;

namespace Paritas.Web.Features.Audit;

/// <summary>Appends to and verifies the hash chain. Appends are serialised so the chain has no forks.</summary>
/// <remarks>Each append uses its own scope and context, so it never flushes the caller's unsaved changes.</remarks>
public sealed class AuditTrail(IServiceScopeFactory scopes, TimeProvider clock)
{
    private static readonly SemaphoreSlim Writer = new(1, 1);

    public async Task AppendAsync(AuditRecord record, CancellationToken ct = default)
    {
        await Writer.WaitAsync(ct);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            if (db.Database.IsNpgsql())
            {
                // Other instances of the application write to the same chain.
                await db.Database.ExecuteSqlRawAsync("SELECT pg_advisory_xact_lock(4242001)", ct);
            }

            var last = await db.AuditEntries.OrderByDescending(e => e.Sequence)
                .Select(e => new { e.Sequence, e.Hash })
                .FirstOrDefaultAsync(ct);
            var now = clock.GetUtcNow();
            var at = new DateTimeOffset(now.UtcTicks - (now.UtcTicks % TimeSpan.TicksPerMillisecond), TimeSpan.Zero);
            db.AuditEntries.Add(new AuditEntry((last?.Sequence ?? 0) + 1, at, record, last?.Hash ?? AuditChain.Genesis));
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
        }
        finally
        {
            Writer.Release();
        }
    }

    /// <summary>Walks the chain from the start; returns the first row that does not fit, or null.</summary>
    public async Task<AuditBreak?> VerifyAsync(CancellationToken ct = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var expectedPrevious = AuditChain.Genesis;
        long expectedSequence = 1;
        long count = 0;
        await foreach (var entry in db.AuditEntries.AsNoTracking().OrderBy(e => e.Sequence).AsAsyncEnumerable().WithCancellation(ct))
        {
            if (entry.Sequence != expectedSequence)
            {
                return new AuditBreak(expectedSequence, AuditBreakReason.Missing, count);
            }

            if (entry.PreviousHash != expectedPrevious)
            {
                return new AuditBreak(entry.Sequence, AuditBreakReason.PreviousHashMismatch, count);
            }

            if (AuditChain.HashOf(entry) != entry.Hash)
            {
                return new AuditBreak(entry.Sequence, AuditBreakReason.Altered, count);
            }

            expectedPrevious = entry.Hash;
            expectedSequence++;
            count++;
        }

        return null;
    }

    public async Task<long> CountAsync(CancellationToken ct = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await db.AuditEntries.LongCountAsync(ct);
    }
}
