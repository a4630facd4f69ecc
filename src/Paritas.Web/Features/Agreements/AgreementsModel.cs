using Microsoft.EntityFrameworkCore;
using Paritas.Web.Features.Organisations;

namespace Paritas.Web.Features.Agreements;

public static class AgreementsModel
{
    public static void Configure(ModelBuilder b)
    {
        b.Entity<Agreement>(e =>
        {
            e.Property(x => x.Title).HasMaxLength(Agreement.TitleLength);
            e.Property(x => x.Summary).HasMaxLength(Agreement.SummaryLength);
            e.Property(x => x.Language).HasMaxLength(10);
            e.Property(x => x.TemplateKey).HasMaxLength(60);
            e.HasIndex(x => new { x.OrganisationId, x.InForce });
            e.HasOne<Organisation>().WithMany().HasForeignKey(x => x.OrganisationId);
            e.HasMany(x => x.Clauses).WithOne().HasForeignKey(x => x.AgreementId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(x => x.Rules).WithOne().HasForeignKey(x => x.AgreementId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<Clause>(e =>
        {
            e.Property(x => x.Heading).HasMaxLength(Clause.HeadingLength);
            e.Property(x => x.Text).HasMaxLength(Clause.TextLength);
            e.HasIndex(x => new { x.OrganisationId, x.AgreementId, x.Position });
        });
        b.Entity<Rule>(e =>
        {
            e.Property(x => x.Trigger).HasConversion<string>().HasMaxLength(40);
            e.Property(x => x.TriggerStage).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.Obligation).HasConversion<string>().HasMaxLength(40);
            e.Property(x => x.ResponsibleSide).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.GatesStage).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.Condition).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.Note).HasMaxLength(Rule.NoteLength);
            e.Ignore(x => x.Spec);
            e.HasIndex(x => new { x.OrganisationId, x.AgreementId });
            e.HasOne<Clause>().WithMany().HasForeignKey(x => x.ClauseId).OnDelete(DeleteBehavior.NoAction);
        });
    }
}
