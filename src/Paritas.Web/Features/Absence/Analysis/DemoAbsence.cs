using System.Text;
using Microsoft.EntityFrameworkCore;
using Paritas.Web.Data;
using Paritas.Web.Features.Absence.Import;
using Paritas.Web.Features.Accounts;
using Paritas.Web.Features.Changes;

namespace Paritas.Web.Features.Absence.Analysis;

/// <summary>
/// The demo's sickness absence: 36 months of synthetic HR exports, imported through the real
/// importer, and the change "Electronic care-planning app" that went live in home care south
/// nine months and in home care north six months before the end of the data — so whoever opens
/// the demo change sees a real analysis. The two files are also left in <c>data/demo-hr/</c>
/// under the content root, for trying the import page with them.
/// </summary>
public sealed class DemoAbsence(AppDbContext db, AbsenceImporter importer, ChangeRegister register, TimeProvider clock, IHostEnvironment environment)
{
    public const string WorkforceFile = "workforce.csv";
    public const string SpellsFile = "spells.csv";
    public const string ChangeTitle = "Electronic care-planning app";
    public const int Months = 36;
    private const int Seed = 2026;

    public async Task SeedAsync(Guid organisationId, Guid employerUserId, CancellationToken ct)
    {
        var previous = db.Tenant.OrganisationId;
        db.Tenant.SetOrganisation(organisationId);
        try
        {
            var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
            var last = new DateOnly(today.Year, today.Month, 1).AddMonths(-1);
            var first = last.AddMonths(-(Months - 1));
            var goLives = new Dictionary<string, DateOnly>(StringComparer.Ordinal)
            {
                ["HSC-HOME-N"] = last.AddMonths(-5),
                ["HSC-HOME-S"] = last.AddMonths(-8),
            };
            var units = await db.Units.Where(u => u.OrganisationId == organisationId).OrderBy(u => u.Code)
                .Select(u => new { u.Id, u.Code, u.Headcount }).ToListAsync(ct);

            var actor = new Actor(employerUserId, Role.EmployerRepresentative);
            var details = new ChangeDetails(ChangeTitle, "Home care workers plan and record visits in an app on a phone instead of on paper.",
                ChangeCategory.MobileDevicesAndApps, "CareSoft", HostingModel.VendorHosted, WorkerDataProfile.Empty, ServiceProfile.Empty, ResilienceProfile.Empty);
            var plans = units.Where(u => goLives.ContainsKey(u.Code)).Select(u => new UnitPlan(u.Id, u.Headcount, goLives[u.Code])).ToList();
            var registered = await register.RegisterAsync(details, plans, actor, ct);
            if (registered.Outcome != ChangeOutcome.Done)
            {
                throw new InvalidOperationException("The demo change could not be registered.");
            }

            var (workforce, spells) = DemoHrFiles.Generate([.. units.Select(u => (u.Code, u.Headcount, goLives.TryGetValue(u.Code, out var g) ? g : (DateOnly?)null))], first, last, Seed);
            await WriteFilesAsync(workforce, spells, ct);
            using var workforceStream = new MemoryStream(Encoding.UTF8.GetBytes(workforce));
            using var spellsStream = new MemoryStream(Encoding.UTF8.GetBytes(spells));
            var report = await importer.ImportAsync(
                new AbsenceImportRequest(organisationId, employerUserId, nameof(Role.EmployerRepresentative), first, last, AbsenceDateFormat.Iso, AcceptGoodRows: false),
                workforceStream, spellsStream, ct);
            if (!report.Succeeded)
            {
                throw new InvalidOperationException($"The demo absence import was refused: {report.DroppedByReason}.");
            }
        }
        finally
        {
            db.Tenant.SetOrganisation(previous);
        }
    }

    /// <summary>The folder the demo HR files are written to: synthetic people only, so they may lie on disk.</summary>
    public static string FilesDirectory(string contentRoot) => Path.Combine(contentRoot, "data", "demo-hr");

    private async Task WriteFilesAsync(string workforce, string spells, CancellationToken ct)
    {
        var folder = FilesDirectory(environment.ContentRootPath);
        Directory.CreateDirectory(folder);
        await File.WriteAllTextAsync(Path.Combine(folder, WorkforceFile), workforce, ct);
        await File.WriteAllTextAsync(Path.Combine(folder, SpellsFile), spells, ct);
    }
}
