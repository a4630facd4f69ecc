using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Paritas.Web.Data;
using Paritas.Web.Features.Accounts;
using Paritas.Web.Features.Changes;
using Paritas.Web.Features.Organisations;

namespace Paritas.Web.Features.Assessments;

/// <summary>
/// Assessments and mitigation actions for programs, read through the same AssessmentReader as the
/// pages: a side's draft answers and its score stay out of the other side's answers here too.
/// Signing needs a person at the signing form with their authenticator, so the API does not sign.
/// </summary>
public static class AssessmentsApi
{
    public static RouteGroupBuilder MapAssessmentsApi(this RouteGroupBuilder api)
    {
        api.MapGet("/changes/{id:guid}/assessments", ListAsync).WithName("ListChangeAssessments")
            .WithSummary("Every version of a change's ex-ante and ex-post assessments, with each side's score and level (once that side has shared its answers, or your own side's), joint conclusions, dissent and signatures.")
            .RequireAuthorization(Policies.Member);
        api.MapGet("/assessments/{id:guid}", GetAsync).WithName("GetAssessment")
            .WithSummary("One assessment version with the answers you may see: your own side's, and the other side's once shared or co-signed.")
            .RequireAuthorization(Policies.Member);
        api.MapGet("/changes/{id:guid}/mitigation-actions", ActionsAsync).WithName("ListMitigationActions")
            .WithSummary("The measures agreed to reduce a change's impact: owner side, due date, budget and status.")
            .RequireAuthorization(Policies.Member);
        return api;
    }

    private static async Task<Results<Ok<List<AssessmentResponse>>, NotFound>> ListAsync(Guid id, AppDbContext db, AssessmentReader reader, CurrentUser me, CancellationToken ct)
    {
        if (!await db.DigitalChanges.AnyAsync(c => c.Id == id, ct))
        {
            return TypedResults.NotFound();
        }

        var side = SideOf(me);
        var list = new List<AssessmentResponse>();
        foreach (var summary in await reader.ListAsync(id, side, ct))
        {
            list.Add(Response((await reader.ReadAsync(summary.Id, side, ct))!, withAnswers: false));
        }

        return TypedResults.Ok(list);
    }

    private static async Task<Results<Ok<AssessmentResponse>, NotFound>> GetAsync(Guid id, AssessmentReader reader, CurrentUser me, CancellationToken ct)
        => await reader.ReadAsync(id, SideOf(me), ct) is { } report ? TypedResults.Ok(Response(report, withAnswers: true)) : TypedResults.NotFound();

    private static async Task<Results<Ok<List<ActionResponse>>, NotFound>> ActionsAsync(Guid id, AppDbContext db, AssessmentReader reader, TimeProvider clock, CancellationToken ct)
    {
        if (!await db.DigitalChanges.AnyAsync(c => c.Id == id, ct))
        {
            return TypedResults.NotFound();
        }

        var actions = await reader.ActionsAsync(id, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), ct);
        return TypedResults.Ok(actions.Select(a => new ActionResponse(a.Id, a.SectionKey, a.Measure, a.OwnerSide.ToString(), a.DueOn, a.Budget, a.Status.ToString(), a.Overdue, a.Version)).ToList());
    }

    private static Side? SideOf(CurrentUser me) => me.Role is { } role ? new Actor(Guid.Empty, role).Side : null;

    private static AssessmentResponse Response(AssessmentReport r, bool withAnswers) => new(
        r.Id,
        r.ChangeId,
        r.Kind.ToString(),
        r.Number,
        r.Status.ToString(),
        r.Instrument.Key,
        r.Instrument.Version,
        r.StartedAt,
        r.SignedAt,
        r.AmendmentReason,
        [Sheet(r.Employer, withAnswers), Sheet(r.Workers, withAnswers)],
        r.Comparable ? r.Differences : null,
        [.. r.Conclusions.OrderBy(c => c.SectionKey, StringComparer.Ordinal).Select(c => new ConclusionResponse(c.SectionKey, c.Text, c.OutcomeDifference, c.RecordedAt))],
        [.. r.Dissents.Select(d => new DissentResponse(d.Side.ToString(), d.SectionKey, d.Text, d.RecordedAt))],
        [.. r.Signatures.Select(s => new SignatureResponse(s.Side.ToString(), s.Name, s.SignedAt))]);

    private static SideResponse Sheet(AssessmentSheet sheet, bool withAnswers) => new(
        sheet.Side.ToString(),
        sheet.Shared,
        sheet.SharedAt,
        sheet.Score is { } s ? new ScoreResponse(s.Raw, s.Mitigation, s.Net, s.Maximum, Math.Round(s.Share, 4), s.Level.ToString(), s.Answered, s.Questions) : null,
        withAnswers && sheet.Visible ? [.. sheet.Answers.OrderBy(a => a.Key, StringComparer.Ordinal).Select(a => new AnswerResponse(a.Key, a.Value.OptionKey, a.Value.Comment))] : null);

    public sealed record AssessmentResponse(
        Guid Id,
        Guid ChangeId,
        string Kind,
        int Version,
        string Status,
        string Instrument,
        int InstrumentVersion,
        DateTimeOffset StartedAt,
        DateTimeOffset? CoSignedAt,
        string? AmendmentReason,
        List<SideResponse> Sides,
        int? Differences,
        List<ConclusionResponse> Conclusions,
        List<DissentResponse> Dissents,
        List<SignatureResponse> Signatures);

    /// <summary>Score and answers are null while that side's answers are its own draft.</summary>
    public sealed record SideResponse(string Side, bool Shared, DateTimeOffset? SharedAt, ScoreResponse? Score, List<AnswerResponse>? Answers);

    public sealed record ScoreResponse(int Raw, int Mitigation, int Net, int Maximum, double Share, string Level, int Answered, int Questions);

    public sealed record AnswerResponse(string Question, string Option, string? Comment);

    public sealed record ConclusionResponse(string Section, string Text, string? OutcomeDifference, DateTimeOffset RecordedAt);

    public sealed record DissentResponse(string Side, string? Section, string Text, DateTimeOffset RecordedAt);

    public sealed record SignatureResponse(string Side, string Name, DateTimeOffset SignedAt);

    public sealed record ActionResponse(Guid Id, string? Section, string Measure, string OwnerSide, DateOnly? DueOn, decimal? Budget, string Status, bool Overdue, Guid Version);
}
