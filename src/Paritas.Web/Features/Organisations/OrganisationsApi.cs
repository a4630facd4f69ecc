using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Paritas.Web.Data;
using Paritas.Web.Features.Accounts;

namespace Paritas.Web.Features.Organisations;

public static class OrganisationsApi
{
    public static RouteGroupBuilder MapOrganisationsApi(this RouteGroupBuilder api)
    {
        api.MapGet("/organisation", GetOrganisationAsync).WithName("GetOrganisation").WithSummary("The organisation the token is scoped to.");
        MapUnits(api);
        return api;
    }

    private static async Task<Ok<OrganisationResponse>> GetOrganisationAsync(CurrentUser me, AppDbContext db, CancellationToken ct)
    {
        var org = await db.Organisations.Where(o => o.Id == me.OrganisationId)
            .Select(o => new OrganisationResponse(o.Id, o.Slug, o.Name, o.CountryCode, o.MinimumSurveyGroup, o.MinimumHealthGroup))
            .FirstAsync(ct);
        return TypedResults.Ok(org);
    }

    public sealed record OrganisationResponse(Guid Id, string Slug, string Name, string Country, int MinimumSurveyGroup, int MinimumHealthGroup);

    // Units: reads for any member, writes for the organisation administrator, the same rules as the pages (UnitEditor).
    private static void MapUnits(RouteGroupBuilder api)
    {
        var units = api.MapGroup("/units");
        units.MapGet("/", ListUnitsAsync).WithName("ListUnits").WithSummary("Every unit of the organisation, open and closed, with its parent's code.");
        units.MapGet("/{id:guid}", GetUnitAsync).WithName("GetUnit").WithSummary("One unit.");
        units.MapPost("/", CreateUnitAsync).WithName("CreateUnit")
            .WithSummary("Adds a unit. Give the parent by parentId or parentCode, or neither for a unit at the top of the tree.")
            .RequireAuthorization(Policies.OrganisationAdministrator);
        units.MapPut("/{id:guid}", UpdateUnitAsync).WithName("UpdateUnit")
            .WithSummary("Replaces a unit's name, sector, headcount and parent. Send the version you read; a stale version gives 409.")
            .RequireAuthorization(Policies.OrganisationAdministrator);
        units.MapPost("/{id:guid}/close", CloseUnitAsync).WithName("CloseUnit")
            .WithSummary("Closes a unit on a date. Nothing is deleted; a closed unit keeps its history.")
            .RequireAuthorization(Policies.OrganisationAdministrator);
        units.MapPost("/{id:guid}/reopen", ReopenUnitAsync).WithName("ReopenUnit").WithSummary("Reopens a closed unit.")
            .RequireAuthorization(Policies.OrganisationAdministrator);
        units.MapPost("/import", ImportUnitsAsync).WithName("ImportUnits")
            .WithSummary("Creates and updates units from a CSV file (code, name, parent_code, sector, headcount), all or nothing; 422 lists every problem by line and column.")
            .Accepts<string>("text/csv")
            .RequireAuthorization(Policies.OrganisationAdministrator);
    }

    private static async Task<Ok<List<UnitResponse>>> ListUnitsAsync(AppDbContext db, CancellationToken ct)
        => TypedResults.Ok(await Project(db.Units.OrderBy(u => u.Code), db).ToListAsync(ct));

    private static async Task<Results<Ok<UnitResponse>, NotFound>> GetUnitAsync(Guid id, AppDbContext db, CancellationToken ct)
        => await FindAsync(db, id, ct) is { } unit ? TypedResults.Ok(unit) : TypedResults.NotFound();

    private static async Task<Results<Created<UnitResponse>, ProblemHttpResult>> CreateUnitAsync(
        CreateUnitRequest request, UnitEditor editor, AppDbContext db, IStringLocalizer<SharedResource> l, CancellationToken ct)
    {
        var parent = await ResolveParentAsync(request.ParentId, request.ParentCode, db, l, ct);
        if (parent.Error is { } error)
        {
            return Invalid([error], l);
        }

        var result = await editor.CreateAsync(new UnitInput(request.Code, request.Name, request.Sector, request.Headcount, parent.Id), ct);
        if (result.Status != UnitEditStatus.Done)
        {
            return Invalid(result.Errors, l);
        }

        var unit = (await FindAsync(db, result.UnitId!.Value, ct))!;
        return TypedResults.Created($"/api/v1/units/{unit.Id}", unit);
    }

    private static async Task<Results<Ok<UnitResponse>, NotFound, ProblemHttpResult>> UpdateUnitAsync(
        Guid id, UpdateUnitRequest request, UnitEditor editor, AppDbContext db, IStringLocalizer<SharedResource> l, CancellationToken ct)
    {
        if (!await db.Units.AnyAsync(u => u.Id == id, ct))
        {
            return TypedResults.NotFound();
        }

        var parent = await ResolveParentAsync(request.ParentId, request.ParentCode, db, l, ct);
        if (parent.Error is { } error)
        {
            return Invalid([error], l);
        }

        var result = await editor.UpdateAsync(id, request.Version, new UnitInput(null, request.Name, request.Sector, request.Headcount, parent.Id), ct);
        return await UnitResultAsync(result, db, l, ct);
    }

    private static async Task<Results<Ok<UnitResponse>, NotFound, ProblemHttpResult>> CloseUnitAsync(
        Guid id, CloseUnitRequest request, UnitEditor editor, AppDbContext db, IStringLocalizer<SharedResource> l, CancellationToken ct)
    {
        var result = await editor.CloseAsync(id, request.Version, request.On, ct);
        // The request calls the closing date "on"; name the field the caller sent.
        result = result with { Errors = [.. result.Errors.Select(e => e.Field == "ClosedOn" ? e with { Field = "On" } : e)] };
        return await UnitResultAsync(result, db, l, ct);
    }

    private static async Task<Results<Ok<UnitResponse>, NotFound, ProblemHttpResult>> ReopenUnitAsync(
        Guid id, [FromBody] ReopenUnitRequest? request, UnitEditor editor, AppDbContext db, IStringLocalizer<SharedResource> l, CancellationToken ct)
        => await UnitResultAsync(await editor.ReopenAsync(id, request?.Version, ct), db, l, ct);

    private static async Task<Results<Ok<UnitImportResponse>, ProblemHttpResult>> ImportUnitsAsync(
        HttpRequest request, UnitEditor editor, IStringLocalizer<SharedResource> l, CancellationToken ct)
    {
        if (!IsCsv(request.ContentType))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: l["Send the file as text/csv."]);
        }

        var body = await ReadAtMostAsync(request.Body, UnitImport.MaximumBytes, ct);
        if (body is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: l["The file is larger than 2 MB."]);
        }

        var outcome = await editor.ImportAsync(body, ct);
        if (outcome.Succeeded)
        {
            return TypedResults.Ok(new UnitImportResponse(outcome.Created, outcome.Updated, outcome.Unchanged));
        }

        var errors = outcome.Problems
            .GroupBy(p => p.Line is { } line ? "line " + line.ToString(System.Globalization.CultureInfo.InvariantCulture) : "file")
            .ToDictionary(g => g.Key, g => g.Select(p => (p.Column is null ? "" : p.Column + ": ") + p.Message(l)).ToArray());
        var problem = new HttpValidationProblemDetails(errors)
        {
            Status = StatusCodes.Status422UnprocessableEntity,
            Title = l["The file was not imported: nothing was changed. Correct these problems and send it again."],
        };
        problem.Extensions["problems"] = outcome.Problems.Select(p => new UnitImportProblemResponse(p.Line, p.Column, p.Message(l))).ToList();
        problem.Extensions["moreProblems"] = outcome.MoreProblems;
        return TypedResults.Problem(problem);
    }

    private static Task<UnitResponse?> FindAsync(AppDbContext db, Guid id, CancellationToken ct)
        => Project(db.Units.Where(u => u.Id == id), db).FirstOrDefaultAsync(ct);

    private static IQueryable<UnitResponse> Project(IQueryable<Unit> units, AppDbContext db)
        => units.Select(u => new UnitResponse(
            u.Id,
            u.Code,
            u.Name,
            SectorNames.CodeOf(u.Sector),
            u.Headcount,
            u.ParentId,
            db.Units.Where(p => p.Id == u.ParentId).Select(p => p.Code).FirstOrDefault(),
            u.ClosedOn,
            u.Version));

    private static async Task<Results<Ok<UnitResponse>, NotFound, ProblemHttpResult>> UnitResultAsync(UnitEditResult result, AppDbContext db, IStringLocalizer<SharedResource> l, CancellationToken ct)
        => result.Status switch
        {
            UnitEditStatus.NotFound => TypedResults.NotFound(),
            UnitEditStatus.Conflict => TypedResults.Problem(
                statusCode: StatusCodes.Status409Conflict,
                title: l["Someone else changed this unit."],
                detail: l["The unit changed after you read it, so your change was not saved. Read it again and send its current version."]),
            UnitEditStatus.Invalid => Invalid(result.Errors, l),
            _ => TypedResults.Ok((await FindAsync(db, result.UnitId!.Value, ct))!),
        };

    /// <summary>The API names the parent by id or by the HR code; both must agree when both are sent.</summary>
    private static async Task<(Guid? Id, UnitFieldError? Error)> ResolveParentAsync(Guid? parentId, string? parentCode, AppDbContext db, IStringLocalizer<SharedResource> l, CancellationToken ct)
    {
        var code = UnitFields.Clean(parentCode);
        if (code is null)
        {
            return (parentId, null);
        }

        var byCode = await db.Units.Where(u => u.Code == code).Select(u => (Guid?)u.Id).FirstOrDefaultAsync(ct);
        if (byCode is null)
        {
            return (null, new UnitFieldError("ParentCode", l["No unit has this parent code in your organisation."]));
        }

        return parentId is { } id && id != byCode
            ? (null, new UnitFieldError("ParentCode", l["The parent code and the parent id name different units."]))
            : (byCode, null);
    }

    private static ProblemHttpResult Invalid(IEnumerable<UnitFieldError> errors, IStringLocalizer<SharedResource> l)
        => TypedResults.Problem(new HttpValidationProblemDetails(errors
            .GroupBy(e => e.Field.Length == 0 ? "request" : char.ToLowerInvariant(e.Field[0]) + e.Field[1..])
            .ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray()))
        {
            Status = StatusCodes.Status422UnprocessableEntity,
            Title = l["The unit was not saved: correct these problems and send it again."],
        });

    private static bool IsCsv(string? contentType)
        => contentType is not null
           && Microsoft.Net.Http.Headers.MediaTypeHeaderValue.TryParse(contentType, out var media)
           && media.MediaType.Value is { } type
           && CsvMediaTypes.Contains(type, StringComparer.OrdinalIgnoreCase);

    // Browsers and HR systems label CSV files in several ways.
    private static readonly string[] CsvMediaTypes = ["text/csv", "application/csv", "text/plain", "text/tab-separated-values", "application/vnd.ms-excel"];

    /// <summary>The body, or null when it is longer than the limit (it is never read past limit + 1 bytes).</summary>
    private static async Task<byte[]?> ReadAtMostAsync(Stream body, int limit, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await body.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    public sealed record UnitResponse(Guid Id, string Code, string Name, string Sector, int Headcount, Guid? ParentId, string? ParentCode, DateOnly? ClosedOn, Guid Version);

    public sealed record CreateUnitRequest(string? Code, string? Name, string? Sector, int? Headcount, Guid? ParentId, string? ParentCode);

    public sealed record UpdateUnitRequest(Guid? Version, string? Name, string? Sector, int? Headcount, Guid? ParentId, string? ParentCode);

    public sealed record CloseUnitRequest(DateOnly? On, Guid? Version);

    public sealed record ReopenUnitRequest(Guid? Version);

    public sealed record UnitImportResponse(int Created, int Updated, int Unchanged);

    public sealed record UnitImportProblemResponse(int? Line, string? Column, string Reason);
}
