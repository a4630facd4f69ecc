using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Paritas.Web.Data;
using Paritas.Web.Features.Accounts;

namespace Paritas.Web.Features.Organisations;

/// <summary>
/// People, workforce dimensions and joint committees of the token's organisation. Writes take the
/// same rules as the pages (<see cref="WorkforceDimensionChanges"/>, <see cref="JointCommitteeChanges"/>)
/// and the same role; an id of another organisation is not found.
/// </summary>
public static class OrganisationSetupApi
{
    public static RouteGroupBuilder MapOrganisationSetupApi(this RouteGroupBuilder api)
    {
        // Addresses of colleagues are for the administrator, as on the People page.
        api.MapGet("/members", GetMembersAsync).WithName("GetMembers")
            .WithSummary("The people of the organisation, with their role and whether their second factor is set up.")
            .RequireAuthorization(Policies.OrganisationAdministrator);

        api.MapGet("/workforce-dimensions", GetDimensionsAsync).WithName("GetWorkforceDimensions")
            .WithSummary("The organisation's workforce dimensions, with their groups.");
        api.MapPost("/workforce-dimensions", CreateDimensionAsync).WithName("CreateWorkforceDimension")
            .WithSummary("Adds a workforce dimension; at most one of each kind.")
            .RequireAuthorization(Policies.OrganisationAdministrator);
        api.MapPost("/workforce-dimensions/{id:guid}/groups", CreateGroupAsync).WithName("CreateWorkforceGroup")
            .WithSummary("Adds a group to a workforce dimension; its code is unique within the dimension.")
            .RequireAuthorization(Policies.OrganisationAdministrator);

        api.MapGet("/committees", GetCommitteesAsync).WithName("GetCommittees")
            .WithSummary("The organisation's joint committees.");
        api.MapGet("/committees/{id:guid}", GetCommitteeAsync).WithName("GetCommittee")
            .WithSummary("One joint committee with its members.");
        api.MapPost("/committees", CreateCommitteeAsync).WithName("CreateCommittee")
            .WithSummary("Creates a joint committee; its name is unique in the organisation.")
            .RequireAuthorization(Policies.OrganisationAdministrator);
        api.MapPost("/committees/{id:guid}/members", AddCommitteeMemberAsync).WithName("AddCommitteeMember")
            .WithSummary("Gives a person of the organisation a seat on a committee, on a side that fits their role.")
            .RequireAuthorization(Policies.OrganisationAdministrator);
        return api;
    }

    private static async Task<Ok<List<MemberResponse>>> GetMembersAsync(AppDbContext db, CancellationToken ct)
    {
        var members = await db.Memberships
            .Join(db.Users, m => m.UserId, u => u.Id, (m, u) => new { u.Id, u.DisplayName, u.Email, m.Role, u.TwoFactorEnabled, u.IsDisabled })
            .OrderBy(m => m.DisplayName)
            .ToListAsync(ct);
        return TypedResults.Ok(members.Select(m => new MemberResponse(m.Id, m.DisplayName, m.Email ?? "", m.Role.ToString(), m.TwoFactorEnabled, m.IsDisabled)).ToList());
    }

    private static async Task<Ok<List<DimensionResponse>>> GetDimensionsAsync(AppDbContext db, CancellationToken ct)
        => TypedResults.Ok(await DimensionsAsync(db, null, ct));

    private static async Task<Results<Created<DimensionResponse>, ValidationProblem>> CreateDimensionAsync(
        DimensionRequest request, WorkforceDimensionChanges changes, CurrentUser me, AppDbContext db, CancellationToken ct)
    {
        var result = await changes.AddDimensionAsync(me.RequiredOrganisationId, request.Kind, request.Name, ct);
        if (!result.Succeeded)
        {
            return TypedResults.ValidationProblem(result.ToErrors());
        }

        var created = (await DimensionsAsync(db, result.Id, ct)).Single();
        return TypedResults.Created($"/api/v1/workforce-dimensions/{created.Id}", created);
    }

    private static async Task<Results<Created<GroupResponse>, ValidationProblem, NotFound>> CreateGroupAsync(
        Guid id, GroupRequest request, WorkforceDimensionChanges changes, AppDbContext db, CancellationToken ct)
    {
        var result = await changes.AddGroupAsync(id, request.Code, request.Name, ct);
        if (result.NotFound)
        {
            return TypedResults.NotFound();
        }

        if (!result.Succeeded)
        {
            return TypedResults.ValidationProblem(result.ToErrors());
        }

        var group = await db.WorkforceGroups.Where(g => g.Id == result.Id).Select(g => new GroupResponse(g.Id, g.Code, g.Name)).FirstAsync(ct);
        return TypedResults.Created($"/api/v1/workforce-dimensions/{id}", group);
    }

    private static async Task<Ok<List<CommitteeSummaryResponse>>> GetCommitteesAsync(AppDbContext db, CancellationToken ct)
    {
        var committees = await db.JointCommittees
            .OrderBy(c => c.Name)
            .Select(c => new CommitteeSummaryResponse(c.Id, c.Name, c.CreatedAt, c.Members.Count))
            .ToListAsync(ct);
        return TypedResults.Ok(committees);
    }

    private static async Task<Results<Ok<CommitteeResponse>, NotFound>> GetCommitteeAsync(Guid id, AppDbContext db, CancellationToken ct)
        => await CommitteeAsync(db, id, ct) is { } committee ? TypedResults.Ok(committee) : TypedResults.NotFound();

    private static async Task<Results<Created<CommitteeResponse>, ValidationProblem>> CreateCommitteeAsync(
        CommitteeRequest request, JointCommitteeChanges changes, CurrentUser me, AppDbContext db, CancellationToken ct)
    {
        var result = await changes.CreateAsync(me.RequiredOrganisationId, request.Name, ct);
        if (!result.Succeeded)
        {
            return TypedResults.ValidationProblem(result.ToErrors());
        }

        var committee = (await CommitteeAsync(db, result.Id!.Value, ct))!;
        return TypedResults.Created($"/api/v1/committees/{committee.Id}", committee);
    }

    private static async Task<Results<Created<CommitteeResponse>, ValidationProblem, NotFound>> AddCommitteeMemberAsync(
        Guid id, CommitteeMemberRequest request, JointCommitteeChanges changes, AppDbContext db, CancellationToken ct)
    {
        var result = await changes.AddMemberAsync(id, request.UserId, request.Side, request.Role, ct);
        if (result.NotFound)
        {
            return TypedResults.NotFound();
        }

        if (!result.Succeeded)
        {
            return TypedResults.ValidationProblem(result.ToErrors());
        }

        var committee = (await CommitteeAsync(db, id, ct))!;
        return TypedResults.Created($"/api/v1/committees/{id}", committee);
    }

    private static async Task<List<DimensionResponse>> DimensionsAsync(AppDbContext db, Guid? onlyId, CancellationToken ct)
    {
        var dimensions = await db.WorkforceDimensions
            .Where(d => onlyId == null || d.Id == onlyId)
            .Select(d => new { d.Id, d.Kind, d.Name })
            .ToListAsync(ct);
        var ids = dimensions.Select(d => d.Id).ToList();
        var groups = await db.WorkforceGroups
            .Where(g => ids.Contains(g.DimensionId))
            .Select(g => new { g.DimensionId, Group = new GroupResponse(g.Id, g.Code, g.Name) })
            .ToListAsync(ct);
        return [.. dimensions
            .OrderBy(d => d.Kind)
            .Select(d => new DimensionResponse(d.Id, d.Kind.ToString(), d.Name, [.. groups.Where(g => g.DimensionId == d.Id).Select(g => g.Group).OrderBy(g => g.Code, StringComparer.Ordinal)]))];
    }

    private static async Task<CommitteeResponse?> CommitteeAsync(AppDbContext db, Guid id, CancellationToken ct)
    {
        var committee = await db.JointCommittees.Where(c => c.Id == id).Select(c => new { c.Id, c.Name, c.CreatedAt }).FirstOrDefaultAsync(ct);
        if (committee is null)
        {
            return null;
        }

        var members = await db.CommitteeMembers
            .Where(m => m.CommitteeId == id)
            .Join(db.Users, m => m.UserId, u => u.Id, (m, u) => new { m.Id, m.UserId, u.DisplayName, m.Side, m.Role })
            .ToListAsync(ct);
        return new CommitteeResponse(committee.Id, committee.Name, committee.CreatedAt, [.. members
            .OrderBy(m => m.Side).ThenBy(m => m.DisplayName, StringComparer.Ordinal)
            .Select(m => new CommitteeMemberResponse(m.Id, m.UserId, m.DisplayName, m.Side.ToString(), m.Role.ToString()))]);
    }

    public sealed record MemberResponse(Guid UserId, string Name, string Email, string Role, bool SecondFactor, bool Disabled);

    public sealed record DimensionRequest(string? Kind, string? Name);

    public sealed record GroupRequest(string? Code, string? Name);

    public sealed record DimensionResponse(Guid Id, string Kind, string Name, IReadOnlyList<GroupResponse> Groups);

    public sealed record GroupResponse(Guid Id, string Code, string Name);

    public sealed record CommitteeRequest(string? Name);

    public sealed record CommitteeMemberRequest(Guid? UserId, string? Side, string? Role);

    public sealed record CommitteeSummaryResponse(Guid Id, string Name, DateTimeOffset CreatedAt, int MemberCount);

    public sealed record CommitteeResponse(Guid Id, string Name, DateTimeOffset CreatedAt, IReadOnlyList<CommitteeMemberResponse> Members);

    public sealed record CommitteeMemberResponse(Guid Id, Guid UserId, string Name, string Side, string Role);
}
