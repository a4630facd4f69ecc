using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Paritas.Web.Data;
using Paritas.Web.Features.Accounts;
using Paritas.Web.Features.Audit;

namespace Paritas.Web.Features.Organisations;

/// <summary>
/// Every change to the unit tree — by page, API or CSV — goes through here, so the rules (unique
/// code, open parent, no cycles, optimistic concurrency, history) are written once.
/// Nothing is ever deleted: a unit is closed, and every change leaves a history entry.
/// </summary>
public sealed class UnitEditor(AppDbContext db, CurrentUser me, AuditTrail audit, TimeProvider clock, IStringLocalizer<SharedResource> l)
{
    public async Task<UnitEditResult> CreateAsync(UnitInput input, CancellationToken ct)
    {
        var code = UnitFields.Clean(input.Code);
        var errors = FieldErrors(input with { Code = code }, checkCode: true);
        if (code is not null && !errors.Any(e => e.Field == nameof(UnitInput.Code)) && await CodeTakenAsync(code, ct))
        {
            errors.Add(new UnitFieldError(nameof(UnitInput.Code), l["A unit with this code already exists in your organisation. Choose another code."]));
        }

        errors.AddRange(await ParentErrorsAsync(null, input.ParentId, null, ct));
        if (errors.Count > 0)
        {
            return UnitEditResult.Invalid(errors);
        }

        var sector = SectorNames.Find(input.Sector)!.Value;
        var unit = new Unit(me.RequiredOrganisationId, code!, UnitFields.Clean(input.Name)!, sector, input.Headcount!.Value, input.ParentId);
        db.Units.Add(unit);
        db.UnitHistory.Add(new UnitHistoryEntry(unit, UnitHistoryKind.Created, me.Id, null, null));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Someone else may have taken the code between our check and our insert.
            db.ChangeTracker.Clear();
            if (await CodeTakenAsync(code!, ct))
            {
                return UnitEditResult.Invalid(nameof(UnitInput.Code), l["A unit with this code already exists in your organisation. Choose another code."]);
            }

            throw;
        }

        return UnitEditResult.Done(unit.Id);
    }

    /// <summary>Updates name, sector, headcount and parent. The code is the HR system's key and does not change.</summary>
    public async Task<UnitEditResult> UpdateAsync(Guid id, Guid? version, UnitInput input, CancellationToken ct)
    {
        var unit = await db.Units.FirstOrDefaultAsync(u => u.Id == id, ct);
        if (unit is null)
        {
            return UnitEditResult.NotFound();
        }

        if (version is null)
        {
            return UnitEditResult.Invalid("Version", l["Send the unit's current version, so a change made by someone else is not overwritten."]);
        }

        if (unit.Version != version)
        {
            return UnitEditResult.Conflict(unit.Id);
        }

        var errors = FieldErrors(input, checkCode: false);
        errors.AddRange(await ParentErrorsAsync(unit.Id, input.ParentId, unit.ParentId, ct));
        if (errors.Count > 0)
        {
            return UnitEditResult.Invalid(errors);
        }

        var sector = SectorNames.Find(input.Sector)!.Value;
        var name = UnitFields.Clean(input.Name)!;
        var headcount = input.Headcount!.Value;
        db.Entry(unit).Property(u => u.Version).OriginalValue = version.Value;

        var changed = new List<string>();
        if (unit.Name != name)
        {
            changed.Add("name");
        }

        if (unit.Sector != sector)
        {
            changed.Add("sector");
        }

        if (unit.Headcount != headcount)
        {
            changed.Add("headcount");
        }

        if (changed.Count > 0)
        {
            unit.Update(name, sector, headcount);
            db.UnitHistory.Add(new UnitHistoryEntry(unit, UnitHistoryKind.Updated, me.Id, null, string.Join(',', changed)));
        }

        if (unit.ParentId != input.ParentId)
        {
            var previous = unit.ParentId is { } p ? await db.Units.Where(u => u.Id == p).Select(u => u.Code).FirstOrDefaultAsync(ct) : null;
            unit.MoveTo(input.ParentId);
            db.UnitHistory.Add(new UnitHistoryEntry(unit, UnitHistoryKind.Moved, me.Id, previous, null));
        }

        return await SaveAsync(unit, ct);
    }

    public async Task<UnitEditResult> CloseAsync(Guid id, Guid? version, DateOnly? on, CancellationToken ct)
    {
        var unit = await db.Units.FirstOrDefaultAsync(u => u.Id == id, ct);
        if (unit is null)
        {
            return UnitEditResult.NotFound();
        }

        if (version is { } v && unit.Version != v)
        {
            return UnitEditResult.Conflict(unit.Id);
        }

        if (!unit.IsOpen)
        {
            return UnitEditResult.Invalid("", l["The unit is already closed."]);
        }

        if (on is not { } date)
        {
            return UnitEditResult.Invalid("ClosedOn", l["Enter the date the unit closed."]);
        }

        // A day's grace: "today" where the administrator sits may already be tomorrow in UTC.
        if (date > DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime).AddDays(1))
        {
            return UnitEditResult.Invalid("ClosedOn", l["The closing date cannot be in the future."]);
        }

        if (await db.Units.AnyAsync(u => u.ParentId == unit.Id && u.ClosedOn == null, ct))
        {
            return UnitEditResult.Invalid("", l["Open units are placed under this unit. Close them or move them to another unit first."]);
        }

        unit.Close(date);
        db.UnitHistory.Add(new UnitHistoryEntry(unit, UnitHistoryKind.Closed, me.Id, null, date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
        return await SaveAsync(unit, ct);
    }

    public async Task<UnitEditResult> ReopenAsync(Guid id, Guid? version, CancellationToken ct)
    {
        var unit = await db.Units.FirstOrDefaultAsync(u => u.Id == id, ct);
        if (unit is null)
        {
            return UnitEditResult.NotFound();
        }

        if (version is { } v && unit.Version != v)
        {
            return UnitEditResult.Conflict(unit.Id);
        }

        if (unit.IsOpen)
        {
            return UnitEditResult.Invalid("", l["The unit is already open."]);
        }

        if (unit.ParentId is { } parentId && await db.Units.AnyAsync(u => u.Id == parentId && u.ClosedOn != null, ct))
        {
            return UnitEditResult.Invalid("", l["The unit's parent is closed. Reopen the parent first, or move this unit under an open unit."]);
        }

        var closedOn = unit.ClosedOn!.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        unit.Reopen();
        db.UnitHistory.Add(new UnitHistoryEntry(unit, UnitHistoryKind.Reopened, me.Id, null, closedOn));
        return await SaveAsync(unit, ct);
    }

    /// <summary>Reads, checks and — only if the whole file is right — applies an import, then audits the counts.</summary>
    public async Task<UnitImportOutcome> ImportAsync(ReadOnlyMemory<byte> file, CancellationToken ct)
    {
        var existing = await ExistingAsync(ct);
        var plan = UnitImport.Plan(file.Span, existing);
        if (!plan.IsValid)
        {
            return UnitImportOutcome.Refused(plan.Problems, UnitImport.ReportedProblems);
        }

        try
        {
            await UnitImport.ApplyAsync(db, plan, me.RequiredOrganisationId, me.Id, ct);
        }
        catch (DbUpdateException)
        {
            // Someone changed a unit (or took a code) between reading and writing; nothing was written.
            db.ChangeTracker.Clear();
            return UnitImportOutcome.Refused([new UnitImportProblem(null, null, "Someone else changed the units while the file was being imported. Nothing was changed: upload the file again.")], UnitImport.ReportedProblems);
        }

        await audit.AppendAsync(
            new AuditRecord(
                AuditActions.UnitsImported,
                me.Id,
                me.Role?.ToString(),
                me.OrganisationId,
                Dataset: "units",
                Outcome: "imported",
                Subject: $"created={plan.Created};updated={plan.Updated};unchanged={plan.Unchanged}"),
            ct);
        return UnitImportOutcome.Success(plan.Created, plan.Updated, plan.Unchanged);
    }

    public Task<List<ExistingUnit>> ExistingAsync(CancellationToken ct)
        => db.Units.AsNoTracking()
            .Select(u => new ExistingUnit(u.Id, u.Code, u.Name, u.Sector, u.Headcount, u.ParentId, u.ClosedOn == null, u.Version))
            .ToListAsync(ct);

    private List<UnitFieldError> FieldErrors(UnitInput input, bool checkCode)
    {
        var errors = new List<UnitFieldError>();
        if (checkCode && UnitFields.CodeProblem(input.Code) is { } codeProblem)
        {
            errors.Add(new UnitFieldError(nameof(UnitInput.Code), l[codeProblem]));
        }

        if (UnitFields.NameProblem(UnitFields.Clean(input.Name)) is { } nameProblem)
        {
            errors.Add(new UnitFieldError(nameof(UnitInput.Name), l[nameProblem]));
        }

        if (string.IsNullOrWhiteSpace(input.Sector))
        {
            errors.Add(new UnitFieldError(nameof(UnitInput.Sector), l[UnitFields.SectorMessage]));
        }
        else if (!SectorNames.TryParse(input.Sector, out _))
        {
            errors.Add(new UnitFieldError(nameof(UnitInput.Sector), l[UnitFields.UnknownSectorMessage, SectorNames.CodeList]));
        }

        if (input.Headcount is not { } headcount || !UnitFields.IsValidHeadcount(headcount))
        {
            errors.Add(new UnitFieldError(nameof(UnitInput.Headcount), l[UnitFields.HeadcountMessage]));
        }

        return errors;
    }

    /// <summary>The parent must be a unit of this organisation, open (unless it already is the parent), and not below the unit itself.</summary>
    private async Task<List<UnitFieldError>> ParentErrorsAsync(Guid? unitId, Guid? parentId, Guid? currentParentId, CancellationToken ct)
    {
        if (parentId is not { } pid)
        {
            return [];
        }

        var parent = await db.Units.Where(u => u.Id == pid).Select(u => new { u.ClosedOn }).FirstOrDefaultAsync(ct);
        if (parent is null)
        {
            return [new UnitFieldError(nameof(UnitInput.ParentId), l["Select a parent unit from the list."])];
        }

        if (unitId is { } id)
        {
            var parentOf = await db.Units.Select(u => new { u.Id, u.ParentId }).ToDictionaryAsync(u => u.Id, u => u.ParentId, ct);
            if (UnitTree.WouldCreateCycle(id, pid, parentOf))
            {
                return [new UnitFieldError(nameof(UnitInput.ParentId), l["A unit cannot be placed under itself or under one of the units below it."])];
            }
        }

        if (parent.ClosedOn is not null && pid != currentParentId)
        {
            return [new UnitFieldError(nameof(UnitInput.ParentId), l["The parent unit is closed. Select an open unit."])];
        }

        return [];
    }

    private Task<bool> CodeTakenAsync(string code, CancellationToken ct) => db.Units.AnyAsync(u => u.Code == code, ct);

    private async Task<UnitEditResult> SaveAsync(Unit unit, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return UnitEditResult.Done(unit.Id);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return UnitEditResult.Conflict(unit.Id);
        }
    }
}
