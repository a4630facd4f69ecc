using Microsoft.EntityFrameworkCore;
using Paritas.Web.Features.Changes;
using Paritas.Web.Features.Organisations;

namespace Paritas.Web.Features.Training;

public static class TrainingModel
{
    public static void Configure(ModelBuilder b)
    {
        b.Entity<TrainingNeed>(e =>
        {
            e.ToTable("TrainingNeeds");
            e.Property(x => x.Dimension).HasMaxLength(40);
            e.Property(x => x.GroupCode).HasMaxLength(40);
            e.Property(x => x.Description).HasMaxLength(TrainingNeed.DescriptionLength);
            e.HasIndex(x => new { x.OrganisationId, x.ChangeId });
            e.HasOne<Organisation>().WithMany().HasForeignKey(x => x.OrganisationId);
            e.HasOne<DigitalChange>().WithMany().HasForeignKey(x => x.ChangeId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<TrainingPlan>(e =>
        {
            e.ToTable("TrainingPlans");
            e.HasIndex(x => new { x.OrganisationId, x.ChangeId }).IsUnique();
            e.HasOne<Organisation>().WithMany().HasForeignKey(x => x.OrganisationId);
            e.HasOne<DigitalChange>().WithMany().HasForeignKey(x => x.ChangeId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(x => x.Activities).WithOne().HasForeignKey(x => x.PlanId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<TrainingActivity>(e =>
        {
            e.ToTable("TrainingActivities");
            e.Property(x => x.Title).HasMaxLength(TrainingActivity.TitleLength);
            e.Property(x => x.Dimension).HasMaxLength(40);
            e.Property(x => x.GroupCode).HasMaxLength(40);
            e.Property(x => x.PaidBy).HasConversion<string>().HasMaxLength(20);
            e.HasIndex(x => new { x.OrganisationId, x.PlanId });
            e.HasOne<Organisation>().WithMany().HasForeignKey(x => x.OrganisationId);
        });
        b.Entity<DeliveredHoursCell>(e =>
        {
            e.ToTable("DeliveredHoursCells");
            e.HasKey(x => new { x.OrganisationId, x.Month, x.UnitId, x.Dimension, x.GroupCode, x.Activity, x.Source });
            e.Property(x => x.Dimension).HasMaxLength(40);
            e.Property(x => x.GroupCode).HasMaxLength(40);
            e.Property(x => x.Activity).HasMaxLength(DeliveredHoursCell.ActivityLength);
            e.Property(x => x.Source).HasConversion<string>().HasMaxLength(20);
            e.HasOne<Organisation>().WithMany().HasForeignKey(x => x.OrganisationId);
            e.HasOne<Unit>().WithMany().HasForeignKey(x => x.UnitId).OnDelete(DeleteBehavior.Restrict);
        });
        b.Entity<TrainingImport>(e =>
        {
            e.ToTable("TrainingImports");
            e.HasIndex(x => new { x.OrganisationId, x.ImportedAt });
            e.HasOne<Organisation>().WithMany().HasForeignKey(x => x.OrganisationId);
        });
        b.Entity<TrainingAlert>(e =>
        {
            e.ToTable("TrainingAlerts");
            e.HasIndex(x => new { x.OrganisationId, x.ChangeId, x.Day }).IsUnique();
            e.HasOne<Organisation>().WithMany().HasForeignKey(x => x.OrganisationId);
            e.HasOne<DigitalChange>().WithMany().HasForeignKey(x => x.ChangeId).OnDelete(DeleteBehavior.Cascade);
        });
    }
}
