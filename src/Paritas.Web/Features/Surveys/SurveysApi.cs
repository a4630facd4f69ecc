using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Paritas.Web.Data;
using Paritas.Web.Features.Accounts;
using Paritas.Web.Features.Changes;

namespace Paritas.Web.Features.Surveys;

/// <summary>
/// Surveys, waves, tokens, answers and guarded results for programs. Every route takes a personal
/// access token except POST /responses, which a worker's device calls with the survey token as its
/// only credential: it is anonymous by design (P2) and returns no identifier.
/// </summary>
public static class SurveysApi
{
    public static RouteGroupBuilder MapSurveysApi(this RouteGroupBuilder api)
    {
        api.MapPost("/surveys", CreateAsync).WithName("CreateSurvey")
            .WithSummary("Creates a survey of a change (change: its id) or of the whole organisation (no change), using an instrument by id and optionally version (default: the latest).")
            .RequireAuthorization(Policies.JointCommittee);
        api.MapPost("/surveys/{id:guid}/waves", OpenWaveAsync).WithName("OpenWave")
            .WithSummary("Opens a wave (kind Baseline or FollowUp) now, freezing the units and workforce groups; returns each unit's short answering code.")
            .RequireAuthorization(Policies.JointCommittee);
        api.MapPost("/waves/{id:guid}/tokens", TokensAsync).WithName("IssueSurveyTokens")
            .WithSummary("Makes count one-time tokens for a unit (by code), optionally for a workforce group {dimension, value}. The tokens are returned this once; only their hashes are kept.")
            .RequireAuthorization(Policies.JointCommittee);
        api.MapPost("/waves/{id:guid}/close", CloseAsync).WithName("CloseWave")
            .WithSummary("Closes a wave: no more answers; results are aggregated and released through the disclosure guard. Meets the change's survey obligation.")
            .RequireAuthorization(Policies.JointCommittee);
        api.MapGet("/waves/{id:guid}/results", ResultsAsync).WithName("GetWaveResults")
            .WithSummary("Results per unit (breakdown=unit), optionally by one workforce dimension. Suppressed cells carry nulls. While the wave is open only counts rounded down to a multiple of K.")
            .RequireAuthorization(SurveyPolicies.ResultReaders);
        api.MapGet("/waves/{id:guid}/compare", CompareAsync).WithName("CompareWaves")
            .WithSummary("This wave minus the baseline wave per unit and scale, with Welch 95% intervals; only where both waves release the cell.")
            .RequireAuthorization(SurveyPolicies.ResultReaders);
        api.MapPost("/responses", SubmitAsync).WithName("SubmitSurveyResponse")
            .WithSummary("A worker's answers, authenticated by the survey token in the body — no personal access token, no account. Returns 202 and no identifier; a token answers once.")
            .AllowAnonymous();
        return api;
    }

    private static async Task<Results<Created<CreatedResponse>, ValidationProblem>> CreateAsync(CreateSurveyRequest request, SurveyRegister register, CurrentUser me, CancellationToken ct)
    {
        var result = await register.CreateAsync(me.RequiredOrganisationId, me.RequiredId, request.Title, request.Instrument, request.Version, request.Change, ct);
        return result.Outcome == ChangeOutcome.Done
            ? TypedResults.Created($"/api/v1/surveys/{result.Id:D}", new CreatedResponse(result.Id!.Value))
            : Invalid(result);
    }

    private static async Task<Results<Created<OpenedWaveResponse>, ValidationProblem, NotFound>> OpenWaveAsync(Guid id, OpenWaveRequest request, SurveyRegister register, AppDbContext db, CancellationToken ct)
    {
        var result = await register.OpenWaveAsync(id, request.Kind, request.Label, request.ClosesOn, ct);
        if (result.Outcome == ChangeOutcome.NotFound)
        {
            return TypedResults.NotFound();
        }

        if (result.Outcome != ChangeOutcome.Done)
        {
            return Invalid(result);
        }

        var links = await db.Set<WaveUnitLink>().Where(l => l.WaveId == result.Id)
            .Join(db.Units, l => l.UnitId, u => u.Id, (l, u) => new UnitLinkResponse(u.Code, l.Code)).ToListAsync(ct);
        return TypedResults.Created($"/api/v1/waves/{result.Id:D}", new OpenedWaveResponse(result.Id!.Value, [.. links.OrderBy(l => l.Unit, StringComparer.Ordinal)]));
    }

    private static async Task<Results<Ok<TokensResponse>, ValidationProblem, NotFound>> TokensAsync(Guid id, IssueTokensRequest request, SurveyTokens tokens, HttpContext http, CancellationToken ct)
    {
        var issued = await tokens.IssueAsync(id, request.Unit, request.Count, request.Group?.Dimension, request.Group?.Value, ct);
        if (issued.Result.Outcome == ChangeOutcome.NotFound)
        {
            return TypedResults.NotFound();
        }

        http.Response.Headers.CacheControl = "no-store";
        return issued.Result.Outcome == ChangeOutcome.Done ? TypedResults.Ok(new TokensResponse(issued.Tokens)) : Invalid(issued.Result);
    }

    private static async Task<Results<Ok<WaveStatusResponse>, ValidationProblem, NotFound, Conflict>> CloseAsync(Guid id, WaveClosing closing, CurrentUser me, CancellationToken ct)
    {
        var result = await closing.CloseAsync(id, Actor.Of(me), ct);
        return result.Outcome switch
        {
            ChangeOutcome.Done => TypedResults.Ok(new WaveStatusResponse(id, "closed")),
            ChangeOutcome.NotFound => TypedResults.NotFound(),
            ChangeOutcome.Conflict => TypedResults.Conflict(),
            _ => Invalid(result),
        };
    }

    private static async Task<Results<Ok<WaveResultsResponse>, ValidationProblem, NotFound>> ResultsAsync(
        Guid id, string? breakdown, string? dimension, WaveResults results, CurrentUser me, IStringLocalizer<SharedResource> l, CancellationToken ct)
    {
        if (breakdown is not null && breakdown != "unit")
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["breakdown"] = [l["The breakdown must be \"unit\"; add dimension to break it down by one workforce dimension."]] });
        }

        var view = await results.ReadAsync(id, dimension, me.Id, me.Role?.ToString(), "api", ct);
        if (view is null)
        {
            return TypedResults.NotFound();
        }

        var reported = view.Measures.Where(Reported(view.Instrument)).ToList();
        var cells = view.Cells.Where(c => reported.Any(m => m.Key == c.MeasureKey))
            .Select(c => new ResultCellResponse(c.UnitCode, c.GroupCode, MeasureId(c.MeasureKey), c.N, c.Mean, c.Lower, c.Upper, c.Suppressed)).ToList();
        return TypedResults.Ok(new WaveResultsResponse(view.Wave.Status == WaveStatus.Open ? "open" : "closed", view.MinimumGroup, cells,
            [.. view.OpenCounts.Select(o => new OpenCountResponse(o.UnitCode, o.AtLeast))]));
    }

    private static async Task<Results<Ok<CompareResponse>, ValidationProblem, NotFound>> CompareAsync(
        Guid id, Guid? baseline, string? dimension, WaveComparison comparison, CurrentUser me, IStringLocalizer<SharedResource> l, CancellationToken ct)
    {
        if (baseline is not { } b)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["baseline"] = [l["Give the baseline wave's id."]] });
        }

        var (problem, view) = await comparison.ReadAsync(id, b, dimension, me.Id, me.Role?.ToString(), "api", ct);
        return problem switch
        {
            WaveComparison.Problem.NotFound => TypedResults.NotFound(),
            WaveComparison.Problem.NotClosed => TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["wave"] = [l["Both waves must be closed before they can be compared."]] }),
            WaveComparison.Problem.DifferentInstrument => TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["baseline"] = [l["The two waves used different instruments and cannot be compared."]] }),
            _ => TypedResults.Ok(new CompareResponse(id, b, [.. view!.Cells
                .Where(c => view.FollowUp.Measures.Where(Reported(view.FollowUp.Instrument)).Any(m => m.Key == c.MeasureKey))
                .Select(c => new CompareCellResponse(c.UnitCode, c.GroupCode, MeasureId(c.MeasureKey), c.FollowUpN, c.BaselineN, c.Difference, c.Lower, c.Upper, c.Suppressed))])),
        };
    }

    private static async Task<Results<Accepted, ValidationProblem, NotFound, ProblemHttpResult>> SubmitAsync(SubmitResponseRequest request, SurveySubmissions submissions, IStringLocalizer<SharedResource> l, CancellationToken ct)
    {
        var sheet = new AnswerSheet();
        foreach (var (item, value) in request.Answers ?? [])
        {
            if (value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var v))
            {
                sheet.Choices[item] = v;
            }
            else if (value.ValueKind == JsonValueKind.String)
            {
                sheet.Texts[item] = value.GetString()!;
            }
            else if (value.ValueKind != JsonValueKind.Null)
            {
                return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["answers"] = [l["The answer to \"{0}\" is not one of its options.", item]] });
            }
        }

        var (outcome, problems) = await submissions.SubmitAsync(request.Token, sheet, ct);
        return outcome switch
        {
            SubmitOutcome.Accepted => TypedResults.Accepted((string?)null),
            SubmitOutcome.NotValid => TypedResults.NotFound(),
            SubmitOutcome.Closed => TypedResults.Problem(l["This survey has closed: answers are no longer taken."], statusCode: StatusCodes.Status409Conflict),
            _ => TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["answers"] = [.. problems.Select(p => l[p.Message, p.Values].Value)] }),
        };
    }

    /// <summary>Scales, and scored items outside any scale: what the issue's results cells report.</summary>
    public static Func<WaveMeasure, bool> Reported(Instrument instrument)
        => m => m.IsScale || (m.IsScored && instrument.Items.First(i => i.Id == m.Id).Scale is null);

    public static string MeasureId(string key) => key[(key.IndexOf(':', StringComparison.Ordinal) + 1)..];

    private static ValidationProblem Invalid(ChangeResult result)
        => TypedResults.ValidationProblem(result.ErrorList.GroupBy(e => e.Field).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray()));
}
