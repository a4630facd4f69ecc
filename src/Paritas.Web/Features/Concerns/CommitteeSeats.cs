using Microsoft.EntityFrameworkCore;
using Paritas.Web.Data;
using Paritas.Web.Features.Organisations;

namespace Paritas.Web.Features.Concerns;

/// <summary>
/// Who receives concerns: the people seated on the organisation's joint committees, on both
/// sides — never line management as such. A person reads concerns because of a seat, not a role.
/// </summary>
public static class CommitteeSeats
{
    public static Task<bool> HasSeatAsync(AppDbContext db, Guid? userId, CancellationToken ct)
        => userId is { } id ? db.CommitteeMembers.AnyAsync(m => m.UserId == id, ct) : Task.FromResult(false);

    public static async Task<Side?> SideOfAsync(AppDbContext db, Guid? userId, CancellationToken ct)
        => userId is { } id
            ? await db.CommitteeMembers.Where(m => m.UserId == id).OrderBy(m => m.Side).Select(m => (Side?)m.Side).FirstOrDefaultAsync(ct)
            : null;

    /// <summary>The concern keys of everyone seated now, with their side.</summary>
    public static async Task<IReadOnlyList<Recipient>> RecipientsAsync(AppDbContext db, CancellationToken ct)
    {
        var keys = await db.CommitteeKeys.Select(k => new { k.Id, k.UserId, k.PublicKey }).ToListAsync(ct);
        var userIds = keys.Select(k => k.UserId).ToList();
        var seats = await db.CommitteeMembers.Where(m => userIds.Contains(m.UserId)).Select(m => new { m.UserId, m.Side }).ToListAsync(ct);
        return [.. keys.Where(k => seats.Any(s => s.UserId == k.UserId))
            .Select(k => new Recipient(k.Id, k.UserId, k.PublicKey, seats.Where(s => s.UserId == k.UserId).Min(s => s.Side)))];
    }

    public sealed record Recipient(Guid KeyId, Guid UserId, byte[] PublicKey, Side Side);
}
