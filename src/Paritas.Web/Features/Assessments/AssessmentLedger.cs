using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Paritas.Web.Data;
using Paritas.Web.Features.Accounts;
using Paritas.Web.Features.Agreements;
using Paritas.Web.Features.Audit;
using Paritas.Web.Features.Changes;
using Paritas.Web.Features.Organisations;
using Paritas.Web.Features.Shared;

namespace Paritas.Web.Features.Assessments;

/// <summary>
/// Every write to an assessment goes through here, so the two-sided rules hold wherever the request
/// comes from: a side only ever writes its own answers, sees the other side's only once shared,
/// signs only for itself with a fresh second-factor code, and a co-signed version never changes.
/// </summary>
public sealed class AssessmentLedger(
    AppDbContext db,
    SiteLinks links,
    UserManager<AppUser> users,
    ObligationLedger obligations,
    AuditTrail audit,
    TimeProvider clock,
    IStringLocalizer<SharedResource> l)
{
    public async Task<ChangeResult> StartAsync(Guid changeId, AssessmentKind kind, Actor actor, CancellationToken ct)
    {
        var change = await db.DigitalChanges.Where(c => c.Id == changeId).Select(c => new { c.Id, c.OrganisationId }).FirstOrDefaultAsync(ct);
        if (change is null)
        {
            return ChangeResult.NotFound;
        }

        if (actor.Side is null)
        {
            return NoSide();
        }

        if (!Enum.IsDefined(kind))
        {
            return Invalid("Kind", l["Choose ex-ante or ex-post."]);
        }

        if (await db.Assessments.AnyAsync(a => a.ChangeId == changeId && a.Kind == kind, ct))
        {
            return Invalid("Kind", l["This change already has an assessment of this kind. Open it, or amend it once it is co-signed."]);
        }

        var instrument = AssessmentInstruments.Current;
        var assessment = new Assessment(change.OrganisationId, change.Id, kind, instrument.Key, instrument.Version, actor.UserId, clock.GetUtcNow());
        db.Assessments.Add(assessment);
        var saved = await SaveAsync(assessment, ct);
        if (saved.Outcome == ChangeOutcome.Done)
        {
            await AuditAsync(AssessmentAudit.Started, assessment, actor, ct);
        }

        return saved;
    }

    /// <summary>Saves the actor's side's answers to one section; an option left empty clears that answer.</summary>
    public async Task<ChangeResult> AnswerAsync(Guid id, string? sectionKey, IReadOnlyDictionary<string, string?> options, IReadOnlyDictionary<string, string?> comments, Actor actor, CancellationToken ct)
    {
        var (assessment, refusal) = await LoadDraftAsync(id, ct);
        if (assessment is null)
        {
            return refusal!;
        }

        if (actor.Side is not { } side)
        {
            return NoSide();
        }

        if (assessment.SharedAt(side) is not null)
        {
            return Invalid("Answers", l["Your side has shared its answers. Take them back first to change them."]);
        }

        var instrument = InstrumentOf(assessment);
        var section = instrument.Section(sectionKey);
        if (section is null)
        {
            return ChangeResult.NotFound;
        }

        var errors = new List<ChangeError>();
        foreach (var question in section.Questions)
        {
            var option = Blank(options.GetValueOrDefault(question.Key));
            if (option is not null && question.Option(option) is null)
            {
                errors.Add(new(question.Key, l["Choose one of the answers offered."]));
            }

            if (Blank(comments.GetValueOrDefault(question.Key)) is { Length: > AssessmentAnswer.CommentLength })
            {
                errors.Add(new(question.Key + ".Comment", l["This text must be {0} characters or fewer.", AssessmentAnswer.CommentLength]));
            }
        }

        if (errors.Count > 0)
        {
            return ChangeResult.Invalid(errors);
        }

        var keys = section.Questions.Select(q => q.Key).ToList();
        var existing = await db.AssessmentAnswers.Where(a => a.AssessmentId == id && a.Side == side && keys.Contains(a.QuestionKey)).ToListAsync(ct);
        var now = clock.GetUtcNow();
        foreach (var question in section.Questions)
        {
            var option = Blank(options.GetValueOrDefault(question.Key));
            var comment = Blank(comments.GetValueOrDefault(question.Key));
            var answer = existing.FirstOrDefault(a => a.QuestionKey == question.Key);
            if (option is null)
            {
                if (answer is not null)
                {
                    db.AssessmentAnswers.Remove(answer);
                }
            }
            else if (answer is null)
            {
                db.AssessmentAnswers.Add(new AssessmentAnswer(assessment, side, question.Key, option, comment, actor.UserId, now));
            }
            else if (answer.OptionKey != option || answer.Comment != comment)
            {
                answer.Answer(option, comment, actor.UserId, now);
            }
        }

        assessment.Touch();
        return await SaveAsync(assessment, ct);
    }

    /// <summary>Shows the side's answers to the other side; only a complete set can be shared.</summary>
    public async Task<ChangeResult> ShareAsync(Guid id, Actor actor, CancellationToken ct)
    {
        var (assessment, refusal) = await LoadDraftAsync(id, ct);
        if (assessment is null)
        {
            return refusal!;
        }

        if (actor.Side is not { } side)
        {
            return NoSide();
        }

        if (assessment.SharedAt(side) is not null)
        {
            return Invalid("Answers", l["Your side has already shared its answers."]);
        }

        var answered = await db.AssessmentAnswers.Where(a => a.AssessmentId == id && a.Side == side).Select(a => a.QuestionKey).ToListAsync(ct);
        var missing = InstrumentOf(assessment).Questions.Count(q => !answered.Contains(q.Key));
        if (missing > 0)
        {
            return Invalid("Answers", missing == 1 ? l["One question is not answered yet. Answer every question before sharing."] : l["{0} questions are not answered yet. Answer every question before sharing.", missing]);
        }

        assessment.Share(side, clock.GetUtcNow());
        var saved = await SaveAsync(assessment, ct);
        if (saved.Outcome == ChangeOutcome.Done)
        {
            await AuditAsync(AssessmentAudit.Shared, assessment, actor, ct);
        }

        return saved;
    }

    /// <summary>Takes a side's answers back to change them. Signatures already given go: both sign the same content.</summary>
    public async Task<ChangeResult> ReopenAsync(Guid id, Actor actor, CancellationToken ct)
    {
        var (assessment, refusal) = await LoadDraftAsync(id, ct);
        if (assessment is null)
        {
            return refusal!;
        }

        if (actor.Side is not { } side)
        {
            return NoSide();
        }

        if (assessment.SharedAt(side) is null)
        {
            return Invalid("Answers", l["Your side has not shared its answers yet."]);
        }

        assessment.Reopen(side);
        var withdrawn = await WithdrawSignaturesAsync(assessment, ct);
        var saved = await SaveAsync(assessment, ct);
        if (saved.Outcome == ChangeOutcome.Done)
        {
            await AuditAsync(AssessmentAudit.Reopened, assessment, actor, ct);
            if (withdrawn)
            {
                await AuditAsync(AssessmentAudit.SignaturesWithdrawn, assessment, actor, ct);
            }
        }

        return saved;
    }

    /// <summary>The joint committee's conclusion on a section, once both sides' answers are side by side.</summary>
    public async Task<ChangeResult> ConcludeAsync(Guid id, string? sectionKey, string? text, string? outcomeDifference, Actor actor, CancellationToken ct)
    {
        var (assessment, refusal) = await LoadDraftAsync(id, ct);
        if (assessment is null)
        {
            return refusal!;
        }

        if (actor.Side is null)
        {
            return NoSide();
        }

        if (InstrumentOf(assessment).Section(sectionKey) is null)
        {
            return ChangeResult.NotFound;
        }

        if (!assessment.BothShared)
        {
            return Invalid("Text", l["Both sides must share their answers before the committee records a conclusion."]);
        }

        text = Blank(text);
        outcomeDifference = assessment.Kind == AssessmentKind.ExPost ? Blank(outcomeDifference) : null;
        var errors = new List<ChangeError>();
        if (text is null || text.Length > Assessment.TextLength)
        {
            errors.Add(new("Text", l["Write the joint conclusion, in {0} characters or fewer.", Assessment.TextLength]));
        }

        if (outcomeDifference is { Length: > Assessment.TextLength })
        {
            errors.Add(new("OutcomeDifference", l["This text must be {0} characters or fewer.", Assessment.TextLength]));
        }

        if (errors.Count > 0)
        {
            return ChangeResult.Invalid(errors);
        }

        var now = clock.GetUtcNow();
        var conclusion = await db.AssessmentConclusions.FirstOrDefaultAsync(c => c.AssessmentId == id && c.SectionKey == sectionKey, ct);
        if (conclusion is null)
        {
            db.AssessmentConclusions.Add(new AssessmentConclusion(assessment, sectionKey!, text!, outcomeDifference, actor.UserId, now));
        }
        else
        {
            conclusion.Record(text!, outcomeDifference, actor.UserId, now);
        }

        assessment.Touch();
        var withdrawn = await WithdrawSignaturesAsync(assessment, ct);
        var saved = await SaveAsync(assessment, ct);
        if (saved.Outcome == ChangeOutcome.Done)
        {
            await AuditAsync(AssessmentAudit.Concluded, assessment, actor, ct, sectionKey);
            if (withdrawn)
            {
                await AuditAsync(AssessmentAudit.SignaturesWithdrawn, assessment, actor, ct);
            }
        }

        return saved;
    }

    /// <summary>A side's dissent, on a section or on the whole. It is its own statement, so it leaves signatures standing.</summary>
    public async Task<ChangeResult> DissentAsync(Guid id, string? sectionKey, string? text, Actor actor, CancellationToken ct)
    {
        var (assessment, refusal) = await LoadDraftAsync(id, ct);
        if (assessment is null)
        {
            return refusal!;
        }

        if (actor.Side is not { } side)
        {
            return NoSide();
        }

        sectionKey = Blank(sectionKey);
        var errors = new List<ChangeError>();
        if (sectionKey is not null && InstrumentOf(assessment).Section(sectionKey) is null)
        {
            errors.Add(new("SectionKey", l["Choose a section, or the assessment as a whole."]));
        }

        text = Blank(text);
        if (text is null || text.Length > Assessment.TextLength)
        {
            errors.Add(new("Text", l["Say what your side disagrees with and why, in {0} characters or fewer.", Assessment.TextLength]));
        }

        if (errors.Count > 0)
        {
            return ChangeResult.Invalid(errors);
        }

        db.AssessmentDissents.Add(new AssessmentDissent(assessment, side, sectionKey, text!, actor.UserId, clock.GetUtcNow()));
        assessment.Touch();
        var saved = await SaveAsync(assessment, ct);
        if (saved.Outcome == ChangeOutcome.Done)
        {
            await AuditAsync(AssessmentAudit.Dissent, assessment, actor, ct, sectionKey ?? "overall");
        }

        return saved;
    }

    /// <summary>
    /// Signs for the actor's own side, after checking a fresh code from their authenticator. The second
    /// side's signature locks the version and meets the change's obligation to co-sign it.
    /// </summary>
    public async Task<ChangeResult> SignAsync(Guid id, Side? forSide, string? code, Actor actor, CancellationToken ct)
    {
        var (assessment, refusal) = await LoadDraftAsync(id, ct);
        if (assessment is null)
        {
            return refusal!;
        }

        if (actor.Side is not { } side)
        {
            return NoSide();
        }

        if (forSide != side)
        {
            return Invalid("Side", l["You can sign only for your own side."]);
        }

        if (await db.AssessmentSignatures.AnyAsync(s => s.AssessmentId == id && s.Side == side, ct))
        {
            return Invalid("Side", l["Your side has already signed this version."]);
        }

        var errors = new List<ChangeError>();
        if (!assessment.BothShared)
        {
            errors.Add(new("Answers", l["Both sides must share their answers before signing."]));
        }

        var concluded = await db.AssessmentConclusions.Where(c => c.AssessmentId == id).Select(c => c.SectionKey).ToListAsync(ct);
        var open = InstrumentOf(assessment).Sections.Count(s => !concluded.Contains(s.Key));
        if (open > 0)
        {
            errors.Add(new("Conclusions", l["The committee has not recorded a conclusion on every section yet ({0} to go).", open]));
        }

        if (errors.Count > 0)
        {
            return ChangeResult.Invalid(errors);
        }

        // The code is checked before anything else changes: the check itself saves the accepted time step.
        var user = await users.FindByIdAsync(actor.UserId.ToString("D"));
        if (user is null || user.IsDisabled || await users.IsLockedOutAsync(user))
        {
            return Invalid("Code", l["Too many failed attempts. This account is locked for a few minutes."]);
        }

        if (string.IsNullOrWhiteSpace(code) || !await users.VerifyTwoFactorTokenAsync(user, SingleUseTotpProvider.Name, code))
        {
            await users.AccessFailedAsync(user);
            await AuditAsync(AssessmentAudit.SignatureRefused, assessment, actor, ct, outcome: "refused");
            return Invalid("Code", l["The code is not right, or was used already. Wait for the next code and try again."]);
        }

        await users.ResetAccessFailedCountAsync(user);
        var now = clock.GetUtcNow();
        db.AssessmentSignatures.Add(new AssessmentSignature(assessment, side, actor.UserId, now));
        var other = side == Side.Employer ? Side.Workers : Side.Employer;
        var complete = await db.AssessmentSignatures.AnyAsync(s => s.AssessmentId == id && s.Side == other, ct);
        if (complete)
        {
            assessment.Seal(now);
        }
        else
        {
            assessment.Touch();
        }

        var saved = await SaveAsync(assessment, ct);
        if (saved.Outcome != ChangeOutcome.Done)
        {
            return saved;
        }

        await AuditAsync(AssessmentAudit.SignatureGiven, assessment, actor, ct);
        if (complete)
        {
            await AuditAsync(AssessmentAudit.CoSigned, assessment, actor, ct);
            await MeetObligationsAsync(assessment, actor, ct);
        }

        return saved;
    }

    /// <summary>Starts the next version of a co-signed assessment; the signed one is kept as it was.</summary>
    public async Task<ChangeResult> AmendAsync(Guid id, string? reason, Actor actor, CancellationToken ct)
    {
        var assessment = await db.Assessments.FirstOrDefaultAsync(a => a.Id == id, ct);
        if (assessment is null)
        {
            return ChangeResult.NotFound;
        }

        if (actor.Side is null)
        {
            return NoSide();
        }

        if (assessment.Status != AssessmentStatus.CoSigned)
        {
            return Invalid("Reason", assessment.Status == AssessmentStatus.Draft
                ? l["Only a co-signed assessment is amended. A draft can still be changed directly."]
                : l["A newer version of this assessment exists. Amend that one."]);
        }

        reason = Blank(reason);
        if (reason is null || reason.Length > Assessment.TextLength)
        {
            return Invalid("Reason", l["Say why the assessment is amended, in {0} characters or fewer.", Assessment.TextLength]);
        }

        var next = assessment.Amend(reason, actor.UserId, clock.GetUtcNow());
        db.Assessments.Add(next);
        db.AssessmentAnswers.AddRange((await db.AssessmentAnswers.AsNoTracking().Where(a => a.AssessmentId == id).ToListAsync(ct)).Select(a => a.CopyTo(next)));
        db.AssessmentConclusions.AddRange((await db.AssessmentConclusions.AsNoTracking().Where(c => c.AssessmentId == id).ToListAsync(ct)).Select(c => c.CopyTo(next)));
        db.AssessmentDissents.AddRange((await db.AssessmentDissents.AsNoTracking().Where(d => d.AssessmentId == id).ToListAsync(ct)).Select(d => d.CopyTo(next)));
        var saved = await SaveAsync(assessment, ct);
        if (saved.Outcome != ChangeOutcome.Done)
        {
            return saved;
        }

        await AuditAsync(AssessmentAudit.Amended, next, actor, ct);
        return ChangeResult.Done(next.Id);
    }

    public async Task<ChangeResult> SaveActionAsync(Guid changeId, Guid? actionId, Guid? version, ActionInput input, Actor actor, CancellationToken ct)
    {
        var change = await db.DigitalChanges.Where(c => c.Id == changeId).Select(c => new { c.Id, c.OrganisationId }).FirstOrDefaultAsync(ct);
        if (change is null)
        {
            return ChangeResult.NotFound;
        }

        MitigationAction? action = null;
        if (actionId is { } existingId)
        {
            action = await db.MitigationActions.FirstOrDefaultAsync(a => a.Id == existingId && a.ChangeId == changeId, ct);
            if (action is null)
            {
                return ChangeResult.NotFound;
            }

            if (version is { } v && v != action.Version)
            {
                return ChangeResult.Conflict;
            }
        }

        if (actor.Side is null)
        {
            return NoSide();
        }

        var errors = new List<ChangeError>();
        var measure = Blank(input.Measure);
        if (measure is null || measure.Length > MitigationAction.MeasureLength)
        {
            errors.Add(new("Measure", l["Describe the measure, in {0} characters or fewer.", MitigationAction.MeasureLength]));
        }

        if (input.OwnerSide is not { } owner || !Enum.IsDefined(owner))
        {
            errors.Add(new("OwnerSide", l["Choose the side that carries the measure out."]));
        }

        if (input.Status is not { } status || !Enum.IsDefined(status))
        {
            errors.Add(new("Status", l["Choose a status."]));
        }

        if (input.Budget is { } budget && (budget < 0 || budget > 1_000_000_000_000m))
        {
            errors.Add(new("Budget", l["Enter a budget of 0 or more."]));
        }

        var section = Blank(input.SectionKey);
        if (section is not null && AssessmentInstruments.Current.Section(section) is null)
        {
            errors.Add(new("SectionKey", l["Choose a section of the assessment, or none."]));
        }

        if (errors.Count > 0)
        {
            return ChangeResult.Invalid(errors);
        }

        if (action is null)
        {
            action = new MitigationAction(change.OrganisationId, change.Id, actor.UserId, clock.GetUtcNow());
            db.MitigationActions.Add(action);
        }
        else if (version is { } v)
        {
            db.Entry(action).Property(a => a.Version).OriginalValue = v;
        }

        action.Plan(section, measure!, input.OwnerSide!.Value, input.DueOn, input.Budget, input.Status!.Value);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return ChangeResult.Conflict;
        }

        await audit.AppendAsync(new AuditRecord(AssessmentAudit.ActionSaved, actor.UserId, actor.Role.ToString(), change.OrganisationId, AssessmentAudit.Dataset, null, "saved", action.Id.ToString("D")), ct);
        return ChangeResult.Done(action.Id);
    }

    public static AssessmentInstrument InstrumentOf(Assessment assessment)
        => AssessmentInstruments.Find(assessment.InstrumentKey, assessment.InstrumentVersion)
           ?? throw new InvalidOperationException($"Instrument {assessment.InstrumentKey} v{assessment.InstrumentVersion} is not shipped.");

    private async Task MeetObligationsAsync(Assessment assessment, Actor actor, CancellationToken ct)
    {
        var kind = assessment.Kind == AssessmentKind.ExAnte ? ObligationKind.ExAnteAssessmentCoSigned : ObligationKind.ExPostAssessmentCoSigned;
        var open = await db.Obligations.Where(o => o.ChangeId == assessment.ChangeId && o.Kind == kind && o.Status != ObligationStatus.Met && o.Status != ObligationStatus.Waived)
            .Select(o => o.Id).ToListAsync(ct);
        var evidence = Cut(assessment.Kind == AssessmentKind.ExAnte
            ? l["Ex-ante impact assessment, version {0}, co-signed by both sides.", assessment.Number]
            : l["Ex-post impact assessment, version {0}, co-signed by both sides.", assessment.Number], Obligation.TextLength);
        var url = links.Absolute($"/Assessments/Details?id={assessment.Id:D}");
        foreach (var obligationId in open)
        {
            await obligations.MeetAsync(obligationId, null, evidence, url.Length <= Obligation.UrlLength ? url : null, actor, ct);
        }
    }

    private async Task<bool> WithdrawSignaturesAsync(Assessment assessment, CancellationToken ct)
    {
        var given = await db.AssessmentSignatures.Where(s => s.AssessmentId == assessment.Id).ToListAsync(ct);
        db.AssessmentSignatures.RemoveRange(given);
        return given.Count > 0;
    }

    private async Task<(Assessment? Assessment, ChangeResult? Refusal)> LoadDraftAsync(Guid id, CancellationToken ct)
    {
        var assessment = await db.Assessments.FirstOrDefaultAsync(a => a.Id == id, ct);
        if (assessment is null)
        {
            return (null, ChangeResult.NotFound);
        }

        return assessment.IsLocked
            ? (null, Invalid("Status", l["This version is co-signed and locked. Amend it to make a new version."]))
            : (assessment, null);
    }

    private async Task<ChangeResult> SaveAsync(Assessment assessment, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return ChangeResult.Done(assessment.Id);
        }
        catch (DbUpdateException)
        {
            // A concurrent write won (the version token, or a unique key: one signature per side, one version per number).
            db.ChangeTracker.Clear();
            return ChangeResult.Conflict;
        }
    }

    private Task AuditAsync(string action, Assessment assessment, Actor actor, CancellationToken ct, string? breakdown = null, string outcome = "done")
        => audit.AppendAsync(new AuditRecord(action, actor.UserId, actor.Role.ToString(), assessment.OrganisationId, AssessmentAudit.Dataset, breakdown ?? $"{assessment.Kind} v{assessment.Number}", outcome, assessment.Id.ToString("D")), ct);

    private ChangeResult NoSide() => Invalid("Side", l["Only a representative of one of the two sides can do this."]);

    private static ChangeResult Invalid(string field, string message) => ChangeResult.Invalid([new(field, message)]);

    private static string Cut(string s, int length) => s.Length <= length ? s : s[..length];

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
