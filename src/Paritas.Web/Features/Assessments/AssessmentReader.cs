using Microsoft.EntityFrameworkCore;
using Paritas.Web.Data;
using Paritas.Web.Features.Organisations;

namespace Paritas.Web.Features.Assessments;

/// <summary>
/// Reads assessments for one reader. The rule that a side's draft answers stay its own lives here
/// and nowhere else, so pages, API, print view and DOCX cannot disagree about it.
/// </summary>
public sealed class AssessmentReader(AppDbContext db)
{
    /// <summary>The versions of a change's assessments, newest first within each kind.</summary>
    public async Task<IReadOnlyList<AssessmentSummary>> ListAsync(Guid changeId, Side? reader, CancellationToken ct)
    {
        var rows = await db.Assessments.AsNoTracking().Where(a => a.ChangeId == changeId).ToListAsync(ct);
        var ids = rows.Select(r => r.Id).ToList();
        var answers = await db.AssessmentAnswers.AsNoTracking().Where(a => ids.Contains(a.AssessmentId))
            .Select(a => new { a.AssessmentId, a.Side, a.QuestionKey, a.OptionKey }).ToListAsync(ct);
        var signatures = await db.AssessmentSignatures.AsNoTracking().Where(s => ids.Contains(s.AssessmentId)).Select(s => new { s.AssessmentId, s.Side }).ToListAsync(ct);
        return [.. rows.OrderBy(r => r.Kind).ThenByDescending(r => r.Number).Select(r =>
        {
            var instrument = AssessmentLedger.InstrumentOf(r);
            ImpactScore? ScoreOf(Side side) => MayRead(r, side, reader)
                ? ImpactScoring.Score(instrument, answers.Where(a => a.AssessmentId == r.Id && a.Side == side).ToDictionary(a => a.QuestionKey, a => a.OptionKey))
                : null;
            return new AssessmentSummary(
                r.Id, r.Kind, r.Number, r.Status, r.StartedAt, r.SignedAt, r.EmployerSharedAt is not null, r.WorkersSharedAt is not null,
                ScoreOf(Side.Employer), ScoreOf(Side.Workers), [.. signatures.Where(s => s.AssessmentId == r.Id).Select(s => s.Side)]);
        })];
    }

    public async Task<AssessmentReport?> ReadAsync(Guid id, Side? reader, CancellationToken ct)
    {
        var a = await db.Assessments.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct);
        if (a is null)
        {
            return null;
        }

        var change = await db.DigitalChanges.Where(c => c.Id == a.ChangeId).Select(c => new { c.Title, c.Stage }).FirstAsync(ct);
        var instrument = AssessmentLedger.InstrumentOf(a);
        var (employer, workers) = await SheetsAsync(a, instrument, reader, ct);
        var conclusions = await ConclusionsAsync(a.Id, ct);
        var dissents = await db.AssessmentDissents.AsNoTracking().Where(d => d.AssessmentId == id)
            .GroupJoin(db.Users, d => d.RecordedByUserId, u => u.Id, (d, u) => new { d, u })
            .SelectMany(x => x.u.DefaultIfEmpty(), (x, u) => new { x.d.Side, x.d.SectionKey, x.d.Text, x.d.RecordedAt, Name = u == null ? null : u.DisplayName })
            .ToListAsync(ct);
        var signatures = await db.AssessmentSignatures.AsNoTracking().Where(s => s.AssessmentId == id)
            .Join(db.Users, s => s.UserId, u => u.Id, (s, u) => new { s.Side, u.DisplayName, s.SignedAt })
            .ToListAsync(ct);
        var versions = await db.Assessments.AsNoTracking().Where(x => x.ChangeId == a.ChangeId && x.Kind == a.Kind)
            .Select(x => new AssessmentReport.VersionView(x.Id, x.Number, x.Status, x.StartedAt, x.SignedAt, x.AmendmentReason))
            .ToListAsync(ct);

        AssessmentReport.PriorView? prior = null;
        if (a.Kind == AssessmentKind.ExPost)
        {
            var exAnte = await db.Assessments.AsNoTracking()
                .Where(x => x.ChangeId == a.ChangeId && x.Kind == AssessmentKind.ExAnte && x.Status == AssessmentStatus.CoSigned)
                .OrderByDescending(x => x.Number).FirstOrDefaultAsync(ct);
            if (exAnte is not null)
            {
                var (priorEmployer, priorWorkers) = await SheetsAsync(exAnte, AssessmentLedger.InstrumentOf(exAnte), reader, ct);
                prior = new AssessmentReport.PriorView(exAnte.Id, exAnte.Number, priorEmployer, priorWorkers, await ConclusionsAsync(exAnte.Id, ct));
            }
        }

        return new AssessmentReport(
            a.Id,
            a.ChangeId,
            change.Title,
            change.Stage,
            a.Kind,
            a.Number,
            a.Status,
            instrument,
            a.StartedAt,
            a.SignedAt,
            a.AmendmentReason,
            reader,
            employer,
            workers,
            conclusions,
            [.. dissents.OrderBy(d => d.RecordedAt).Select(d => new AssessmentReport.DissentView(d.Side, d.SectionKey, d.Text, d.RecordedAt, d.Name))],
            [.. signatures.OrderBy(s => s.SignedAt).Select(s => new AssessmentReport.SignatureView(s.Side, s.DisplayName, s.SignedAt))],
            prior,
            [.. versions.OrderByDescending(v => v.Number)],
            a.Version);
    }

    /// <summary>A change's mitigation actions, those still to do first, by due date.</summary>
    public async Task<IReadOnlyList<ActionRow>> ActionsAsync(Guid changeId, DateOnly today, CancellationToken ct)
    {
        var rows = await db.MitigationActions.AsNoTracking().Where(a => a.ChangeId == changeId).ToListAsync(ct);
        return [.. rows
            .OrderBy(a => a.Status is ActionStatus.Done or ActionStatus.Dropped).ThenBy(a => a.DueOn ?? DateOnly.MaxValue).ThenBy(a => a.CreatedAt)
            .Select(a => new ActionRow(a.Id, a.SectionKey, a.Measure, a.OwnerSide, a.DueOn, a.Budget, a.Status, a.IsOverdue(today), a.Version))];
    }

    /// <summary>A side's answers are its own until it shares them; a co-signed version is open to every member.</summary>
    public static bool MayRead(Assessment assessment, Side side, Side? reader)
        => reader == side || assessment.SharedAt(side) is not null || assessment.IsLocked;

    private async Task<(AssessmentSheet Employer, AssessmentSheet Workers)> SheetsAsync(Assessment a, AssessmentInstrument instrument, Side? reader, CancellationToken ct)
    {
        var visible = new[] { Side.Employer, Side.Workers }.Where(s => MayRead(a, s, reader)).ToList();
        // Hidden answers are never loaded, so no later code can leak them by mistake.
        var query = db.AssessmentAnswers.AsNoTracking().Where(x => x.AssessmentId == a.Id);
        if (visible.Count == 1)
        {
            var only = visible[0];
            query = query.Where(x => x.Side == only);
        }

        var answers = visible.Count == 0 ? [] : await query.Select(x => new { x.Side, x.QuestionKey, x.OptionKey, x.Comment }).ToListAsync(ct);
        AssessmentSheet Sheet(Side side)
        {
            if (!visible.Contains(side))
            {
                return new AssessmentSheet(side, a.SharedAt(side), false, new Dictionary<string, AnswerView>(), null);
            }

            var mine = answers.Where(x => x.Side == side).ToDictionary(x => x.QuestionKey, x => new AnswerView(x.OptionKey, x.Comment), StringComparer.Ordinal);
            return new AssessmentSheet(side, a.SharedAt(side), true, mine, ImpactScoring.Score(instrument, mine.ToDictionary(x => x.Key, x => x.Value.OptionKey, StringComparer.Ordinal)));
        }

        return (Sheet(Side.Employer), Sheet(Side.Workers));
    }

    private async Task<IReadOnlyList<AssessmentReport.ConclusionView>> ConclusionsAsync(Guid id, CancellationToken ct)
        => await db.AssessmentConclusions.AsNoTracking().Where(c => c.AssessmentId == id)
            .GroupJoin(db.Users, c => c.RecordedByUserId, u => u.Id, (c, u) => new { c, u })
            .SelectMany(x => x.u.DefaultIfEmpty(), (x, u) => new AssessmentReport.ConclusionView(x.c.SectionKey, x.c.Text, x.c.OutcomeDifference, x.c.RecordedAt, u == null ? null : u.DisplayName))
            .ToListAsync(ct);
}
