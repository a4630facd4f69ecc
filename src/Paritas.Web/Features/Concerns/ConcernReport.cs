using Microsoft.EntityFrameworkCore;
using Paritas.Statistics.Disclosure;
using Paritas.Web.Data;
using Paritas.Web.Features.Audit;

namespace Paritas.Web.Features.Concerns;

/// <summary>
/// How many concerns a change drew, by category and by status, and the share answered on time —
/// for the whole change and per unit, through the disclosure guard (P3, P4): a count of 1 to K−1
/// would point at the few people of a unit who spoke up, so it is hidden, and so is whatever would
/// let it be recomputed. K is the organisation's survey minimum.
/// </summary>
public sealed class ConcernReport(AppDbContext db, AuditTrail audit, TimeProvider clock)
{
    public const string WholeChange = "*";
    private const string NoUnit = "-";

    public async Task<ConcernReportView?> ForChangeAsync(Guid changeId, Guid? actorId, string? actorRole, CancellationToken ct)
    {
        var change = await db.DigitalChanges.Where(c => c.Id == changeId).Select(c => new { c.Id, c.OrganisationId }).FirstOrDefaultAsync(ct);
        if (change is null)
        {
            return null;
        }

        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var concerns = await db.Concerns.AsNoTracking().Where(c => c.ChangeId == changeId).ToListAsync(ct);
        var minimum = await db.Organisations.Where(o => o.Id == change.OrganisationId).Select(o => o.MinimumSurveyGroup).FirstAsync(ct);
        var k = MinimumGroupSize.For(DisclosureDomain.Survey, minimum);
        var unitIds = concerns.Where(c => c.UnitId != null).Select(c => c.UnitId!.Value).Distinct().ToList();
        var names = await db.Units.Where(u => unitIds.Contains(u.Id)).Select(u => new { u.Id, u.Name }).ToDictionaryAsync(u => u.Id.ToString(), u => u.Name, ct);
        string KeyOf(Concern c) => c.UnitId?.ToString() ?? NoUnit;
        var leaves = concerns.Select(KeyOf).Distinct().Order(StringComparer.Ordinal).ToList();
        var tree = new List<UnitNode> { new(WholeChange, null) };
        tree.AddRange(leaves.Select(u => new UnitNode(u, WholeChange)));
        var scopes = new[] { WholeChange }.Concat(leaves).ToList();
        IEnumerable<Concern> In(string scope) => scope == WholeChange ? concerns : concerns.Where(c => KeyOf(c) == scope);

        var categories = Enum.GetValues<ConcernCategory>().Select(c => c.ToString()).ToList();
        var statuses = Enum.GetValues<ConcernStatus>().Select(s => s.ToString()).ToList();
        var byCategory = scopes.SelectMany(s => categories.Select(g => new CellCount(s, g, In(s).Count(c => c.Category.ToString() == g))))
            .Concat(scopes.Select(s => new CellCount(s, null, In(s).Count()))).ToList();
        var byStatus = scopes.SelectMany(s => statuses.Select(g => new CellCount(s, g, In(s).Count(c => c.Status.ToString() == g))))
            .Concat(scopes.Select(s => new CellCount(s, null, In(s).Count()))).ToList();
        var released = DisclosureGuard.ProtectTogether([new DisclosureTable(tree, categories, byCategory), new DisclosureTable(tree, statuses, byStatus)], k);

        // On time: of the concerns whose answer deadline is settled (answered, or overdue), how many were answered by it.
        bool Settled(Concern c) => c.AnsweredOn is not null || c.FeedbackOverdue(today);
        bool OnTime(Concern c) => c.AnsweredOn is { } a && a <= c.FeedbackDueOn && c.AcknowledgedOn is { } ack && ack <= c.AcknowledgementDueOn;
        var timely = DisclosureGuard.Protect(new DisclosureTable(tree, [], [.. scopes.Select(s => new CellCount(s, null, In(s).Count(Settled), In(s).Where(Settled).Count(OnTime)))]), k);

        var rows = scopes.Select(s =>
        {
            var total = released[0].IsReleased(s) ? In(s).Count() : (int?)null;
            var settled = In(s).Count(Settled);
            double? share = timely.IsReleased(s) && settled > 0 ? (double)In(s).Where(Settled).Count(OnTime) / settled : null;
            return new ConcernReportRow(
                s == WholeChange ? null : s == NoUnit ? "" : names.GetValueOrDefault(s, ""),
                total,
                [.. Enum.GetValues<ConcernCategory>().Select(c => released[0].IsReleased(s, c.ToString()) ? In(s).Count(x => x.Category == c) : (int?)null)],
                [.. Enum.GetValues<ConcernStatus>().Select(st => released[1].IsReleased(s, st.ToString()) ? In(s).Count(x => x.Status == st) : (int?)null)],
                share);
        }).ToList();
        await audit.AppendAsync(new AuditRecord(AuditActions.GuardedDataAccess, actorId, actorRole, change.OrganisationId, "concerns", "change×unit×(category|status)", rows.Any(r => r.Total is null) ? "suppressed" : "shown", changeId.ToString("D")), ct);
        return new ConcernReportView(k.Value, rows);
    }
}

public sealed record ConcernReportView(int MinimumGroup, IReadOnlyList<ConcernReportRow> Rows);

/// <summary>A null count is hidden by the disclosure guard. <paramref name="Unit"/> is null for the whole change, empty for "no unit given".</summary>
public sealed record ConcernReportRow(string? Unit, int? Total, IReadOnlyList<int?> ByCategory, IReadOnlyList<int?> ByStatus, double? ShareOnTime);
