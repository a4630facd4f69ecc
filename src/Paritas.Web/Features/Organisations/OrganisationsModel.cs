using Microsoft.EntityFrameworkCore;

namespace Paritas.Web.Features.Organisations;

public static class OrganisationsModel
{
    public static void Configure(ModelBuilder b)
    {
        b.Entity<Country>(e =>
        {
            e.HasKey(x => x.Code);
            e.Property(x => x.Code).HasMaxLength(2);
            e.Property(x => x.Name).HasMaxLength(100);
        });
        b.Entity<Network>(e =>
        {
            e.Property(x => x.Name).HasMaxLength(200);
            e.Property(x => x.CountryCode).HasMaxLength(2);
            e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(40);
            e.HasIndex(x => x.Name).IsUnique();
            e.HasMany(x => x.Members).WithOne().HasForeignKey(x => x.NetworkId);
        });
        b.Entity<Organisation>(e =>
        {
            e.Property(x => x.Name).HasMaxLength(200);
            e.Property(x => x.Slug).HasMaxLength(60);
            e.Property(x => x.CountryCode).HasMaxLength(2);
            e.HasIndex(x => x.Slug).IsUnique();
            e.HasOne<Country>().WithMany().HasForeignKey(x => x.CountryCode);
            e.HasMany(x => x.Networks).WithOne().HasForeignKey(x => x.OrganisationId);
        });
        b.Entity<OrganisationNetwork>(e => e.HasKey(x => new { x.OrganisationId, x.NetworkId }));
        b.Entity<Unit>(e =>
        {
            e.Property(x => x.Code).HasMaxLength(40);
            e.Property(x => x.Name).HasMaxLength(200);
            e.Property(x => x.Sector).HasConversion<string>().HasMaxLength(40);
            e.Property(x => x.Version).IsConcurrencyToken();
            e.HasIndex(x => new { x.OrganisationId, x.Code }).IsUnique();
            e.HasIndex(x => new { x.OrganisationId, x.ParentId });
            e.HasOne<Organisation>().WithMany().HasForeignKey(x => x.OrganisationId);
            e.HasOne<Unit>().WithMany().HasForeignKey(x => x.ParentId).OnDelete(DeleteBehavior.Restrict);
        });
        b.Entity<UnitHistoryEntry>(e =>
        {
            e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.PreviousParentCode).HasMaxLength(40);
            e.Property(x => x.Detail).HasMaxLength(400);
            e.HasIndex(x => new { x.OrganisationId, x.UnitId, x.At });
            e.HasOne<Unit>().WithMany().HasForeignKey(x => x.UnitId);
        });
        b.Entity<WorkforceDimension>(e =>
        {
            e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(40);
            e.Property(x => x.Name).HasMaxLength(100);
            e.HasIndex(x => new { x.OrganisationId, x.Kind }).IsUnique();
            e.HasOne<Organisation>().WithMany().HasForeignKey(x => x.OrganisationId);
            e.HasMany(x => x.Groups).WithOne().HasForeignKey(x => x.DimensionId);
        });
        b.Entity<WorkforceGroup>(e =>
        {
            e.Property(x => x.Code).HasMaxLength(40);
            e.Property(x => x.Name).HasMaxLength(100);
            e.HasIndex(x => new { x.OrganisationId, x.DimensionId, x.Code }).IsUnique();
        });
        b.Entity<JointCommittee>(e =>
        {
            e.Property(x => x.Name).HasMaxLength(200);
            e.HasIndex(x => new { x.OrganisationId, x.Name }).IsUnique();
            e.HasOne<Organisation>().WithMany().HasForeignKey(x => x.OrganisationId);
            e.HasMany(x => x.Members).WithOne().HasForeignKey(x => x.CommitteeId);
        });
        b.Entity<CommitteeMember>(e =>
        {
            e.Property(x => x.Side).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.Role).HasConversion<string>().HasMaxLength(40);
            e.HasIndex(x => new { x.OrganisationId, x.CommitteeId, x.UserId }).IsUnique();
        });
    }
}
