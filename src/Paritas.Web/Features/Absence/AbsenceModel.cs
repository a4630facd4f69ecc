using Microsoft.EntityFrameworkCore;
using Paritas.Web.Features.Organisations;

namespace Paritas.Web.Features.Absence;

public static class AbsenceModel
{
    public const string CellsTable = "AbsenceCells";
    public const string YearCellsTable = "AbsenceYearCells";

    public static void Configure(ModelBuilder b)
    {
        b.Entity<AbsenceCell>(e =>
        {
            e.ToTable(CellsTable);
            e.HasKey(x => new { x.OrganisationId, x.Month, x.UnitId, x.Dimension, x.GroupCode });
            e.Property(x => x.Dimension).HasMaxLength(40);
            e.Property(x => x.GroupCode).HasMaxLength(40);
            e.HasOne<Organisation>().WithMany().HasForeignKey(x => x.OrganisationId);
            e.HasOne<Unit>().WithMany().HasForeignKey(x => x.UnitId).OnDelete(DeleteBehavior.Restrict);
        });
        b.Entity<AbsenceYearCell>(e =>
        {
            e.ToTable(YearCellsTable);
            e.HasKey(x => new { x.OrganisationId, x.Year, x.UnitId, x.Dimension, x.GroupCode });
            e.Property(x => x.Dimension).HasMaxLength(40);
            e.Property(x => x.GroupCode).HasMaxLength(40);
            e.HasOne<Organisation>().WithMany().HasForeignKey(x => x.OrganisationId);
            e.HasOne<Unit>().WithMany().HasForeignKey(x => x.UnitId).OnDelete(DeleteBehavior.Restrict);
        });
        b.Entity<AbsenceImport>(e =>
        {
            e.ToTable("AbsenceImports");
            e.Property(x => x.DroppedByReason).HasMaxLength(2000);
            e.HasIndex(x => new { x.OrganisationId, x.ImportedAt });
            e.HasOne<Organisation>().WithMany().HasForeignKey(x => x.OrganisationId);
        });
        b.Entity<Analysis.AnalysisAlert>(e =>
        {
            e.ToTable("AnalysisAlerts");
            e.Property(x => x.Indicator).HasConversion<string>().HasMaxLength(40);
            e.HasIndex(x => new { x.OrganisationId, x.ChangeId, x.Indicator, x.ImportId }).IsUnique();
            e.HasOne<Organisation>().WithMany().HasForeignKey(x => x.OrganisationId);
            e.HasOne<Changes.DigitalChange>().WithMany().HasForeignKey(x => x.ChangeId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<AbsenceMapping>(e =>
        {
            e.ToTable("AbsenceMappings");
            e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.Source).HasMaxLength(100);
            e.Property(x => x.Target).HasMaxLength(40);
            e.HasIndex(x => new { x.OrganisationId, x.Kind, x.Source }).IsUnique();
            e.HasOne<Organisation>().WithMany().HasForeignKey(x => x.OrganisationId);
        });
    }
}
