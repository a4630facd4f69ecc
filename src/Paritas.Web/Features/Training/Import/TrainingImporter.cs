using Microsoft.EntityFrameworkCore;
using Paritas.Web.Data;
using Paritas.Web.Features.Absence;
using Paritas.Web.Features.Absence.Import;
using Paritas.Web.Features.Audit;

namespace Paritas.Web.Features.Training.Import;

/// <summary>
/// The training-hours import: aggregate the file on arrival, then replace the period's imported
/// cells in one transaction — or report why nothing changed. Any problem refuses the whole file.
/// </summary>
public sealed partial class TrainingImporter(AppDbContext db, AbsenceImportGate gate, AuditTrail audit, TimeProvider clock, ILogger<TrainingImporter> log)
{
    public const string ImportedAction = "training-imported";

    public async Task<TrainingImportReport> ImportAsync(TrainingImportRequest request, Stream hours, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!request.PeriodIsValid)
        {
            throw new ArgumentException("The period's last month must not be before its first, and it may span at most ten years.", nameof(request));
        }

        if (db.Tenant.OrganisationId != request.OrganisationId)
        {
            throw new InvalidOperationException("The import must act for the organisation the context is set to.");
        }

        var units = await db.Units.Where(u => u.OrganisationId == request.OrganisationId).OrderBy(u => u.Code).Select(u => new { u.Id, u.Code }).ToListAsync(ct);
        var dimensions = await db.WorkforceDimensions.Where(d => d.OrganisationId == request.OrganisationId)
            .Select(d => new { d.Kind, Groups = d.Groups.Select(g => g.Code).ToList() }).ToListAsync(ct);
        var columns = await db.Set<AbsenceMapping>().Where(m => m.OrganisationId == request.OrganisationId && m.Kind == AbsenceMappingKind.TrainingColumn)
            .ToDictionaryAsync(m => m.Source, m => m.Target, StringComparer.Ordinal, ct);
        var setup = new TrainingHoursSetup(request.FirstMonth, request.LastMonth, request.DateFormat, [.. units.Select(u => u.Code)],
            [.. dimensions.OrderBy(d => d.Kind).Select(d => new DimensionSpec(d.Kind.ToString(), AbsenceImporter.ColumnOf(d.Kind), d.Groups))], columns);

        // The same gate as absence imports: one HR import at a time per process.
        using var turn = await gate.EnterAsync(ct);
        var (cells, run) = TrainingHoursAggregator.Aggregate(setup, hours, ct);
        if (run.Problems.Total > 0)
        {
            LogRefused(log, request.OrganisationId, run.Problems.Total);
            return new TrainingImportReport(false, run.ListedProblems, run.ProblemCounts, run.Rows, 0);
        }

        var first = new DateOnly(request.FirstMonth.Year, request.FirstMonth.Month, 1);
        var last = new DateOnly(request.LastMonth.Year, request.LastMonth.Month, 1);
        await using (var transaction = await db.Database.BeginTransactionAsync(ct))
        {
            await db.Set<DeliveredHoursCell>()
                .Where(c => c.OrganisationId == request.OrganisationId && c.Source == DeliveredHoursSource.Imported && c.Month >= first && c.Month <= last)
                .ExecuteDeleteAsync(ct);
            db.Set<DeliveredHoursCell>().AddRange(cells.Select(c =>
                new DeliveredHoursCell(request.OrganisationId, units[c.Unit].Id, c.Month, c.Dimension, c.GroupCode, c.Activity, DeliveredHoursSource.Imported, c.Hours, c.PeopleTrained)));
            db.Set<TrainingImport>().Add(new TrainingImport(request.OrganisationId, first, last, request.UserId, clock.GetUtcNow(), run.Rows, cells.Count));
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }

        db.ChangeTracker.Clear();
        await audit.AppendAsync(new AuditRecord(ImportedAction, request.UserId, request.Role, request.OrganisationId, TrainingLedgerDataset.Name,
            $"{first:yyyy-MM}..{last:yyyy-MM}", $"cells {cells.Count}"), ct);
        LogImported(log, request.OrganisationId, run.Rows, cells.Count);
        return new TrainingImportReport(true, [], run.ProblemCounts, run.Rows, cells.Count);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Training import for organisation {OrganisationId} refused with {Problems} problems.")]
    private static partial void LogRefused(ILogger logger, Guid organisationId, int problems);

    [LoggerMessage(Level = LogLevel.Information, Message = "Training import for organisation {OrganisationId}: {Rows} rows aggregated into {Cells} cells.")]
    private static partial void LogImported(ILogger logger, Guid organisationId, int rows, int cells);
}
