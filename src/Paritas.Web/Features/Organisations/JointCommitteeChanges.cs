using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Paritas.Web.Data;
using Paritas.Web.Features.Accounts;
using Paritas.Web.Features.Shared;

namespace Paritas.Web.Features.Organisations;

/// <summary>
/// The rules for joint committees and their seats, for the pages and the API alike. Only people of
/// the organisation can sit on its committees, and a seat's side must fit the person's role.
/// </summary>
public sealed class JointCommitteeChanges(AppDbContext db, IStringLocalizer<SharedResource> l)
{
    public const int NameLength = 200;

    public async Task<SetupResult> CreateAsync(Guid organisationId, string? name, CancellationToken ct)
    {
        var problems = new List<SetupProblem>();
        var cleanName = await CheckNameAsync(name, null, problems, ct);
        if (problems.Count > 0)
        {
            return SetupResult.Refused(problems);
        }

        var committee = new JointCommittee(organisationId, cleanName);
        db.JointCommittees.Add(committee);
        await db.SaveChangesAsync(ct);
        return SetupResult.Done(committee.Id);
    }

    public async Task<SetupResult> RenameAsync(Guid committeeId, string? name, CancellationToken ct)
    {
        var committee = await db.JointCommittees.FirstOrDefaultAsync(c => c.Id == committeeId, ct);
        if (committee is null)
        {
            return SetupResult.Missing;
        }

        var problems = new List<SetupProblem>();
        var cleanName = await CheckNameAsync(name, committeeId, problems, ct);
        if (problems.Count > 0)
        {
            return SetupResult.Refused(problems);
        }

        committee.Rename(cleanName);
        await db.SaveChangesAsync(ct);
        return SetupResult.Done(committee.Id);
    }

    public async Task<SetupResult> AddMemberAsync(Guid committeeId, Guid? userId, string? side, string? role, CancellationToken ct)
    {
        var committee = await db.JointCommittees.FirstOrDefaultAsync(c => c.Id == committeeId, ct);
        if (committee is null)
        {
            return SetupResult.Missing;
        }

        var problems = new List<SetupProblem>();
        Role? personRole = null;
        if (userId is not { } id || id == Guid.Empty)
        {
            problems.Add(new("UserId", l["Choose a person of the organisation."]));
        }
        else
        {
            personRole = await db.Memberships.Where(m => m.UserId == id).Select(m => (Role?)m.Role).FirstOrDefaultAsync(ct);
            if (personRole is null)
            {
                problems.Add(new("UserId", l["Choose a person of the organisation."]));
            }
            else if (await db.CommitteeMembers.AnyAsync(m => m.CommitteeId == committeeId && m.UserId == id, ct))
            {
                problems.Add(new("UserId", l["This person sits on the committee already. Change their seat instead."]));
            }
        }

        var (parsedSide, parsedRole) = CheckSeat(side, role, personRole, problems);
        if (problems.Count > 0)
        {
            return SetupResult.Refused(problems);
        }

        var member = new CommitteeMember(committee, userId!.Value, parsedSide, parsedRole);
        db.CommitteeMembers.Add(member);
        await db.SaveChangesAsync(ct);
        return SetupResult.Done(member.Id);
    }

    public async Task<SetupResult> ChangeMemberAsync(Guid memberId, string? side, string? role, CancellationToken ct)
    {
        var member = await db.CommitteeMembers.FirstOrDefaultAsync(m => m.Id == memberId, ct);
        if (member is null)
        {
            return SetupResult.Missing;
        }

        var personRole = await db.Memberships.Where(m => m.UserId == member.UserId).Select(m => (Role?)m.Role).FirstOrDefaultAsync(ct);
        var problems = new List<SetupProblem>();
        var (parsedSide, parsedRole) = CheckSeat(side, role, personRole, problems);
        if (problems.Count > 0)
        {
            return SetupResult.Refused(problems);
        }

        member.Change(parsedSide, parsedRole);
        await db.SaveChangesAsync(ct);
        return SetupResult.Done(member.Id);
    }

    public async Task<SetupResult> RemoveMemberAsync(Guid memberId, CancellationToken ct)
    {
        var member = await db.CommitteeMembers.FirstOrDefaultAsync(m => m.Id == memberId, ct);
        if (member is null)
        {
            return SetupResult.Missing;
        }

        db.CommitteeMembers.Remove(member);
        await db.SaveChangesAsync(ct);
        return SetupResult.Done(member.CommitteeId);
    }

    /// <summary>
    /// Refuses seats that contradict themselves: shop stewards and digital agents are the workers'
    /// own representatives, and a person's role in the organisation already says which side they are on.
    /// </summary>
    private (Side Side, CommitteeRole Role) CheckSeat(string? side, string? role, Role? personRole, List<SetupProblem> problems)
    {
        var sideKnown = SetupText.TryParse<Side>(side, out var parsedSide);
        if (!sideKnown)
        {
            problems.Add(new("Side", l["Choose the side the person sits on: employer or workers."]));
        }

        var roleKnown = SetupText.TryParse<CommitteeRole>(role, out var parsedRole);
        if (!roleKnown)
        {
            problems.Add(new("Role", l["Choose the person's role in the committee."]));
        }

        if (!sideKnown || !roleKnown)
        {
            return (parsedSide, parsedRole);
        }

        if (parsedSide == Side.Employer && parsedRole is CommitteeRole.ShopSteward or CommitteeRole.DigitalAgent)
        {
            problems.Add(new("Side", l["A {0} sits on the workers' side, not the employer side.", InSentence.Name(l[CommitteeRoleNames.Of(parsedRole)])]));
        }
        else if (personRole is { } r && parsedSide == Side.Employer && RoleFacts.IsWorkersSide(r))
        {
            problems.Add(new("Side", l["A person who is a {0} in the organisation cannot sit on the employer side.", InSentence.Name(l[RoleNames.Of(r)])]));
        }
        else if (personRole is { } e && parsedSide == Side.Workers && RoleFacts.IsEmployerSide(e))
        {
            problems.Add(new("Side", l["A person who is an {0} in the organisation cannot sit on the workers' side.", InSentence.Name(l[RoleNames.Of(e)])]));
        }

        return (parsedSide, parsedRole);
    }

    private async Task<string> CheckNameAsync(string? name, Guid? committeeId, List<SetupProblem> problems, CancellationToken ct)
    {
        var clean = SetupText.Clean(name);
        if (clean.Length == 0)
        {
            problems.Add(new("Name", l["Enter a name for the committee."]));
            return clean;
        }

        if (clean.Length > NameLength || SetupText.HasControlCharacters(clean))
        {
            problems.Add(new("Name", l["The name can be at most {0} characters long, on one line.", NameLength]));
            return clean;
        }

        // Compared in memory: the database's own comparison differs between SQLite and PostgreSQL.
        var names = await db.JointCommittees.Where(c => c.Id != committeeId).Select(c => c.Name).ToListAsync(ct);
        if (names.Any(n => string.Equals(n, clean, StringComparison.OrdinalIgnoreCase)))
        {
            problems.Add(new("Name", l["The organisation has a committee with this name already."]));
        }

        return clean;
    }
}
