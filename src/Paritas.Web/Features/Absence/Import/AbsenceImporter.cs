using Microsoft.EntityFrameworkCore;
using Paritas.Web.Data;
using Paritas.Web.Features.Absence.Analysis;
using Paritas.Web.Features.Audit;
using Paritas.Web.Features.Organisations;

namespace Paritas.Web.Features.Absence.Import;

/// <summary>
/// The absence import use case: the organisation's units, dimensions and saved mappings, the
/// aggregation of the two files, and the replacement of the period's aggregates — or a report
/// saying why nothing changed.
/// </summary>
public sealed partial class AbsenceImporter(AppDbContext db, AbsenceImportGate gate, AuditTrail audit, AnalysisAlerts alerts, TimeProvider clock, ILogger<AbsenceImporter> log)
{
    public const string ImportedAction = "absence-imported";

    public async Task<ImportReport> ImportAsync(AbsenceImportRequest request, Stream workforce, Stream spells, CancellationToken ct)
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
        var setup = await SetupAsync(request, [.. units.Select(u => u.Code)], ct);

        using var turn = await gate.EnterAsync(ct);
        var (aggregate, run) = AbsenceAggregator.Aggregate(setup, workforce, spells, ct);
        var problems = run.Problems;
        if (problems.HasFileProblem || (problems.Total > 0 && !request.AcceptGoodRows))
        {
            LogRefused(log, request.OrganisationId, problems.Total);
            return run.Report(succeeded: false, cellsWritten: 0);
        }

        var report = run.Report(succeeded: true, cellsWritten: 0);
        var record = new AbsenceImport(request.OrganisationId, aggregate.Period.First, aggregate.Period.LastMonth, request.UserId, clock.GetUtcNow(),
            run.SpellRows, run.WorkforceRows, run.DroppedRows, report.DroppedByReason);
        var written = await AbsenceBulkWriter.ReplaceAsync(db, request.OrganisationId, [.. units.Select(u => u.Id)], aggregate, record, ct);
        await audit.AppendAsync(new AuditRecord(ImportedAction, request.UserId, request.Role, request.OrganisationId, "absence",
            $"{aggregate.Period.First:yyyy-MM}..{aggregate.Period.LastMonth:yyyy-MM}", $"cells {written}, dropped rows {run.DroppedRows}"), ct);
        LogImported(log, request.OrganisationId, run.SpellRows, written);
        await alerts.RaiseAsync(request.OrganisationId, record.Id, ct);
        return report with { CellsWritten = written };
    }

    private async Task<AbsenceImportSetup> SetupAsync(AbsenceImportRequest request, string[] unitCodes, CancellationToken ct)
    {
        var dimensions = await db.WorkforceDimensions.Where(d => d.OrganisationId == request.OrganisationId)
            .Select(d => new { d.Kind, Groups = d.Groups.Select(g => g.Code).ToList() }).ToListAsync(ct);
        var mappings = await db.Set<AbsenceMapping>().Where(m => m.OrganisationId == request.OrganisationId)
            .Select(m => new { m.Kind, m.Source, m.Target }).ToListAsync(ct);
        Dictionary<string, string> Columns(AbsenceMappingKind kind) =>
            mappings.Where(m => m.Kind == kind).ToDictionary(m => m.Source, m => m.Target, StringComparer.Ordinal);
        var causes = mappings.Where(m => m.Kind == AbsenceMappingKind.Cause && Enum.TryParse<AbsenceCause>(m.Target, true, out _))
            .ToDictionary(m => m.Source, m => Enum.Parse<AbsenceCause>(m.Target, true), StringComparer.OrdinalIgnoreCase);
        return new AbsenceImportSetup(request.FirstMonth, request.LastMonth, request.DateFormat, request.AcceptGoodRows, unitCodes,
            [.. dimensions.OrderBy(d => d.Kind).Select(d => new DimensionSpec(d.Kind.ToString(), ColumnOf(d.Kind), d.Groups))],
            Columns(AbsenceMappingKind.SpellsColumn), Columns(AbsenceMappingKind.WorkforceColumn), causes);
    }

    public static string? ColumnOf(WorkforceDimensionKind kind) => kind switch
    {
        WorkforceDimensionKind.Gender => ImportColumns.Gender,
        WorkforceDimensionKind.AgeBand => ImportColumns.AgeBand,
        WorkforceDimensionKind.OccupationalGroup => ImportColumns.OccupationalGroup,
        WorkforceDimensionKind.ContractType => ImportColumns.ContractType,
        _ => null,
    };

    [LoggerMessage(Level = LogLevel.Information, Message = "Absence import for organisation {OrganisationId} refused with {Problems} problems.")]
    private static partial void LogRefused(ILogger logger, Guid organisationId, int problems);

    [LoggerMessage(Level = LogLevel.Information, Message = "Absence import for organisation {OrganisationId}: {Spells} spell rows aggregated into {Cells} cells.")]
    private static partial void LogImported(ILogger logger, Guid organisationId, int spells, int cells);
}
