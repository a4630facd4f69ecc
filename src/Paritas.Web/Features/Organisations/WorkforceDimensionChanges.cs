using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Paritas.Web.Data;

namespace Paritas.Web.Features.Organisations;

/// <summary>
/// The rules for workforce dimensions and their groups, for the pages and the API alike. Reads go
/// through the tenant filter, so an id of another organisation is simply not found.
/// </summary>
public sealed class WorkforceDimensionChanges(AppDbContext db, IStringLocalizer<SharedResource> l)
{
    public const int NameLength = 100;

    public const int CodeLength = 40;

    /// <summary>Few, coarse groups keep each cell above the minimum group size; more would mostly be hidden.</summary>
    public const int MaximumGroups = 15;

    public async Task<SetupResult> AddDimensionAsync(Guid organisationId, string? kind, string? name, CancellationToken ct)
    {
        var problems = new List<SetupProblem>();
        if (!SetupText.TryParse<WorkforceDimensionKind>(kind, out var parsed))
        {
            problems.Add(new("Kind", SetupText.Clean(kind).Length == 0
                ? l["Choose what the dimension describes."]
                : l["Choose one of the kinds of dimension listed."]));
        }
        else if (await db.WorkforceDimensions.AnyAsync(d => d.Kind == parsed, ct))
        {
            problems.Add(new("Kind", l["The organisation has a dimension of this kind already. Add groups to it instead."]));
        }

        var cleanName = CheckName(name, problems, l["Enter a name for the dimension."]);
        if (problems.Count > 0)
        {
            return SetupResult.Refused(problems);
        }

        var dimension = new WorkforceDimension(organisationId, parsed, cleanName);
        db.WorkforceDimensions.Add(dimension);
        await db.SaveChangesAsync(ct);
        return SetupResult.Done(dimension.Id);
    }

    public async Task<SetupResult> RenameDimensionAsync(Guid dimensionId, string? name, CancellationToken ct)
    {
        var dimension = await db.WorkforceDimensions.FirstOrDefaultAsync(d => d.Id == dimensionId, ct);
        if (dimension is null)
        {
            return SetupResult.Missing;
        }

        var problems = new List<SetupProblem>();
        var cleanName = CheckName(name, problems, l["Enter a name for the dimension."]);
        if (problems.Count > 0)
        {
            return SetupResult.Refused(problems);
        }

        dimension.Rename(cleanName);
        await db.SaveChangesAsync(ct);
        return SetupResult.Done(dimension.Id);
    }

    /// <summary>Only an empty dimension can go, so that no group disappears with it unnoticed.</summary>
    public async Task<SetupResult> RemoveDimensionAsync(Guid dimensionId, CancellationToken ct)
    {
        var dimension = await db.WorkforceDimensions.FirstOrDefaultAsync(d => d.Id == dimensionId, ct);
        if (dimension is null)
        {
            return SetupResult.Missing;
        }

        if (await db.WorkforceGroups.AnyAsync(g => g.DimensionId == dimensionId, ct))
        {
            return SetupResult.Refused("", l["Remove the groups of this dimension first."]);
        }

        db.WorkforceDimensions.Remove(dimension);
        await db.SaveChangesAsync(ct);
        return SetupResult.Done(dimension.Id);
    }

    public async Task<SetupResult> AddGroupAsync(Guid dimensionId, string? code, string? name, CancellationToken ct)
    {
        var dimension = await db.WorkforceDimensions.FirstOrDefaultAsync(d => d.Id == dimensionId, ct);
        if (dimension is null)
        {
            return SetupResult.Missing;
        }

        var existing = await db.WorkforceGroups.Where(g => g.DimensionId == dimensionId).Select(g => new { g.Id, g.Code, g.Name }).ToListAsync(ct);
        var problems = new List<SetupProblem>();
        if (existing.Count >= MaximumGroups)
        {
            problems.Add(new("", l["A dimension can have at most {0} groups. Coarse groups keep results above the minimum group size.", MaximumGroups]));
        }

        var cleanCode = SetupText.Clean(code);
        if (cleanCode.Length == 0)
        {
            problems.Add(new("Code", l["Enter the code your HR system uses for this group."]));
        }
        else if (cleanCode.Length > CodeLength || SetupText.HasControlCharacters(cleanCode))
        {
            problems.Add(new("Code", l["The code can be at most {0} characters long, on one line.", CodeLength]));
        }
        else if (existing.Any(g => string.Equals(g.Code, cleanCode, StringComparison.OrdinalIgnoreCase)))
        {
            problems.Add(new("Code", l["Another group of this dimension has this code already."]));
        }

        var cleanName = CheckName(name, problems, l["Enter a name for the group."]);
        if (cleanName.Length > 0 && existing.Any(g => string.Equals(g.Name, cleanName, StringComparison.OrdinalIgnoreCase)))
        {
            problems.Add(new("Name", l["Another group of this dimension has this name already."]));
        }

        if (problems.Count > 0)
        {
            return SetupResult.Refused(problems);
        }

        var group = new WorkforceGroup(dimension, cleanCode, cleanName);
        db.WorkforceGroups.Add(group);
        await db.SaveChangesAsync(ct);
        return SetupResult.Done(group.Id);
    }

    public async Task<SetupResult> RenameGroupAsync(Guid groupId, string? name, CancellationToken ct)
    {
        var group = await db.WorkforceGroups.FirstOrDefaultAsync(g => g.Id == groupId, ct);
        if (group is null)
        {
            return SetupResult.Missing;
        }

        var problems = new List<SetupProblem>();
        var cleanName = CheckName(name, problems, l["Enter a name for the group."]);
        if (cleanName.Length > 0)
        {
            var others = await db.WorkforceGroups.Where(g => g.DimensionId == group.DimensionId && g.Id != group.Id).Select(g => g.Name).ToListAsync(ct);
            if (others.Any(n => string.Equals(n, cleanName, StringComparison.OrdinalIgnoreCase)))
            {
                problems.Add(new("Name", l["Another group of this dimension has this name already."]));
            }
        }

        if (problems.Count > 0)
        {
            return SetupResult.Refused(problems);
        }

        group.Rename(cleanName);
        await db.SaveChangesAsync(ct);
        return SetupResult.Done(group.Id);
    }

    public async Task<SetupResult> RemoveGroupAsync(Guid groupId, CancellationToken ct)
    {
        var group = await db.WorkforceGroups.FirstOrDefaultAsync(g => g.Id == groupId, ct);
        if (group is null)
        {
            return SetupResult.Missing;
        }

        db.WorkforceGroups.Remove(group);
        await db.SaveChangesAsync(ct);
        return SetupResult.Done(group.DimensionId);
    }

    private string CheckName(string? name, List<SetupProblem> problems, string missingMessage)
    {
        var clean = SetupText.Clean(name);
        if (clean.Length == 0)
        {
            problems.Add(new("Name", missingMessage));
        }
        else if (clean.Length > NameLength || SetupText.HasControlCharacters(clean))
        {
            problems.Add(new("Name", l["The name can be at most {0} characters long, on one line.", NameLength]));
        }

        return clean;
    }
}
