using Microsoft.EntityFrameworkCore;
using Paritas.Web.Features.Accounts;
using Paritas.Web.Features.Changes;
using Paritas.Web.Features.Organisations;

namespace Paritas.Web.Features.Concerns;

public static class ConcernsModel
{
    public static void Configure(ModelBuilder b)
    {
        b.Entity<Concern>(e =>
        {
            // Ids are made random in the constructor; a provider-generated (time-ordered) id would date the concern.
            e.Property(x => x.Id).ValueGeneratedNever();
            e.Property(x => x.Category).HasConversion<string>().HasMaxLength(40);
            e.Property(x => x.Reporter).HasConversion<string>().HasMaxLength(30);
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.Outcome).HasConversion<string>().HasMaxLength(30);
            e.Property(x => x.AssignedSide).HasConversion<string>().HasMaxLength(20);
            e.Ignore(x => x.IsDirective);
            e.HasIndex(x => new { x.OrganisationId, x.ChangeId, x.Status });
            e.HasIndex(x => new { x.OrganisationId, x.Status, x.ReceivedOn });
            // Found by its peppered receipt index before the organisation is known (like an invitation by its hash).
            e.HasIndex(x => x.ReceiptLookup).IsUnique();
            e.HasOne<Organisation>().WithMany().HasForeignKey(x => x.OrganisationId);
            e.HasOne<DigitalChange>().WithMany().HasForeignKey(x => x.ChangeId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<Unit>().WithMany().HasForeignKey(x => x.UnitId).OnDelete(DeleteBehavior.SetNull);
        });
        b.Entity<ConcernMessage>(e =>
        {
            e.Property(x => x.Id).ValueGeneratedNever();
            e.Property(x => x.AuthorSide).HasConversion<string>().HasMaxLength(20);
            e.HasIndex(x => new { x.OrganisationId, x.ConcernId, x.Sequence });
            e.HasOne<Concern>().WithMany().HasForeignKey(x => x.ConcernId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<ConcernAttachment>(e =>
        {
            e.Property(x => x.Id).ValueGeneratedNever();
            e.Property(x => x.ContentType).HasMaxLength(40);
            e.HasIndex(x => new { x.OrganisationId, x.ConcernId });
            e.HasOne<Concern>().WithMany().HasForeignKey(x => x.ConcernId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<CommitteeKey>(e =>
        {
            e.HasIndex(x => new { x.OrganisationId, x.UserId }).IsUnique();
            e.HasOne<AppUser>().WithMany().HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<ConcernKeyShare>(e =>
        {
            e.Property(x => x.Purpose).HasConversion<string>().HasMaxLength(30);
            e.HasIndex(x => new { x.OrganisationId, x.ConcernId, x.CommitteeKeyId, x.Purpose }).IsUnique();
            e.HasIndex(x => new { x.OrganisationId, x.CommitteeKeyId });
            e.HasOne<Concern>().WithMany().HasForeignKey(x => x.ConcernId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<CommitteeKey>().WithMany().HasForeignKey(x => x.CommitteeKeyId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<ConcernAlert>(e =>
        {
            e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(30);
            e.HasIndex(x => new { x.OrganisationId, x.ConcernId, x.Kind, x.Day }).IsUnique();
            e.HasOne<Concern>().WithMany().HasForeignKey(x => x.ConcernId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<ConcernSettings>(e =>
        {
            e.HasKey(x => x.OrganisationId);
            e.Ignore(x => x.Terms);
            e.HasOne<Organisation>().WithOne().HasForeignKey<ConcernSettings>(x => x.OrganisationId);
        });
        b.Entity<ConcernObligation>(e =>
        {
            e.HasKey(x => new { x.OrganisationId, x.ConcernId, x.ObligationId });
            e.HasOne<Concern>().WithMany().HasForeignKey(x => x.ConcernId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<Obligation>().WithMany().HasForeignKey(x => x.ObligationId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<IdentityApproval>(e =>
        {
            e.Property(x => x.Side).HasConversion<string>().HasMaxLength(20);
            e.HasIndex(x => new { x.OrganisationId, x.ConcernId, x.Side }).IsUnique();
            e.HasOne<Concern>().WithMany().HasForeignKey(x => x.ConcernId).OnDelete(DeleteBehavior.Cascade);
        });
    }
}
