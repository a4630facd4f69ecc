using Microsoft.EntityFrameworkCore;

namespace Paritas.Web.Features.Audit;

public static class AuditModel
{
    public static void Configure(ModelBuilder b) => b.Entity<AuditEntry>(e =>
    {
        e.HasKey(x => x.Sequence);
        e.Property(x => x.Sequence).ValueGeneratedNever();
        e.Property(x => x.Action).HasMaxLength(60);
        e.Property(x => x.ActorRole).HasMaxLength(40);
        e.Property(x => x.Dataset).HasMaxLength(100);
        e.Property(x => x.Breakdown).HasMaxLength(200);
        e.Property(x => x.Outcome).HasMaxLength(40);
        e.Property(x => x.Subject).HasMaxLength(100);
        e.Property(x => x.PreviousHash).HasMaxLength(64);
        e.Property(x => x.Hash).HasMaxLength(64);
        e.HasIndex(x => new { x.OrganisationId, x.Sequence });
    });
}
