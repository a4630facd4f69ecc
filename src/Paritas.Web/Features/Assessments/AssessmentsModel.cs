using Microsoft.EntityFrameworkCore;
using Paritas.Web.Features.Accounts;
using Paritas.Web.Features.Changes;
using Paritas.Web.Features.Organisations;

namespace Paritas.Web.Features.Assessments;

public static class AssessmentsModel
{
    public static void Configure(ModelBuilder b)
    {
        b.Entity<Assessment>(e =>
        {
            e.ToTable("Assessments");
            e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.InstrumentKey).HasMaxLength(AssessmentAnswer.KeyLength);
            e.Property(x => x.AmendmentReason).HasMaxLength(Assessment.TextLength);
            e.Property(x => x.Version).IsConcurrencyToken();
            e.Ignore(x => x.IsLocked);
            e.Ignore(x => x.BothShared);
            // One version of each kind per number: two people amending at once cannot both win.
            e.HasIndex(x => new { x.OrganisationId, x.ChangeId, x.Kind, x.Number }).IsUnique();
            e.HasOne<Organisation>().WithMany().HasForeignKey(x => x.OrganisationId);
            e.HasOne<DigitalChange>().WithMany().HasForeignKey(x => x.ChangeId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<AppUser>().WithMany().HasForeignKey(x => x.StartedByUserId).OnDelete(DeleteBehavior.Restrict);
        });
        b.Entity<AssessmentAnswer>(e =>
        {
            e.ToTable("AssessmentAnswers");
            e.Property(x => x.Side).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.QuestionKey).HasMaxLength(AssessmentAnswer.KeyLength);
            e.Property(x => x.OptionKey).HasMaxLength(AssessmentAnswer.KeyLength);
            e.Property(x => x.Comment).HasMaxLength(AssessmentAnswer.CommentLength);
            e.HasIndex(x => new { x.OrganisationId, x.AssessmentId, x.Side, x.QuestionKey }).IsUnique();
            e.HasOne<Assessment>().WithMany().HasForeignKey(x => x.AssessmentId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<AssessmentConclusion>(e =>
        {
            e.ToTable("AssessmentConclusions");
            e.Property(x => x.SectionKey).HasMaxLength(AssessmentAnswer.KeyLength);
            e.Property(x => x.Text).HasMaxLength(Assessment.TextLength);
            e.Property(x => x.OutcomeDifference).HasMaxLength(Assessment.TextLength);
            e.HasIndex(x => new { x.OrganisationId, x.AssessmentId, x.SectionKey }).IsUnique();
            e.HasOne<Assessment>().WithMany().HasForeignKey(x => x.AssessmentId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<AssessmentSignature>(e =>
        {
            e.ToTable("AssessmentSignatures");
            e.Property(x => x.Side).HasConversion<string>().HasMaxLength(20);
            // One signature per side: a second representative of the same side cannot stand in for the other side.
            e.HasIndex(x => new { x.OrganisationId, x.AssessmentId, x.Side }).IsUnique();
            e.HasOne<Assessment>().WithMany().HasForeignKey(x => x.AssessmentId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<AppUser>().WithMany().HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.Restrict);
        });
        b.Entity<AssessmentDissent>(e =>
        {
            e.ToTable("AssessmentDissents");
            e.Property(x => x.Side).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.SectionKey).HasMaxLength(AssessmentAnswer.KeyLength);
            e.Property(x => x.Text).HasMaxLength(Assessment.TextLength);
            e.HasIndex(x => new { x.OrganisationId, x.AssessmentId });
            e.HasOne<Assessment>().WithMany().HasForeignKey(x => x.AssessmentId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<MitigationAction>(e =>
        {
            e.ToTable("MitigationActions");
            e.Property(x => x.SectionKey).HasMaxLength(AssessmentAnswer.KeyLength);
            e.Property(x => x.Measure).HasMaxLength(MitigationAction.MeasureLength);
            e.Property(x => x.OwnerSide).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.Budget).HasPrecision(14, 2);
            e.Property(x => x.Version).IsConcurrencyToken();
            e.HasIndex(x => new { x.OrganisationId, x.ChangeId });
            e.HasOne<Organisation>().WithMany().HasForeignKey(x => x.OrganisationId);
            e.HasOne<DigitalChange>().WithMany().HasForeignKey(x => x.ChangeId).OnDelete(DeleteBehavior.Cascade);
        });
    }
}
