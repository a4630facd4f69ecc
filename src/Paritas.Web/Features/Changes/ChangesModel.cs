using Microsoft.EntityFrameworkCore;
using Paritas.Web.Features.Accounts;
using Paritas.Web.Features.Agreements;
using Paritas.Web.Features.Organisations;

namespace Paritas.Web.Features.Changes;

public static class ChangesModel
{
    public static void Configure(ModelBuilder b)
    {
        b.Entity<DigitalChange>(e =>
        {
            e.Property(x => x.Title).HasMaxLength(DigitalChange.TitleLength);
            e.Property(x => x.Description).HasMaxLength(DigitalChange.TextLength);
            e.Property(x => x.Vendor).HasMaxLength(DigitalChange.TitleLength);
            e.Property(x => x.Category).HasConversion<string>().HasMaxLength(40);
            e.Property(x => x.Hosting).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.Stage).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.RegisteredBySide).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.Version).IsConcurrencyToken();
            e.ComplexProperty(x => x.WorkerData, c =>
            {
                c.Property(x => x.DataProcessed).HasMaxLength(DigitalChange.ShortTextLength);
                c.Property(x => x.Purpose).HasMaxLength(DigitalChange.ShortTextLength);
                c.Property(x => x.WhoSees).HasMaxLength(DigitalChange.ShortTextLength);
                c.Property(x => x.Retention).HasMaxLength(DigitalChange.ShortTextLength);
            });
            e.ComplexProperty(x => x.Service, c => c.Property(x => x.ExclusionNote).HasMaxLength(DigitalChange.ShortTextLength));
            e.ComplexProperty(x => x.Resilience, c =>
            {
                c.Property(x => x.ManualFallback).HasMaxLength(DigitalChange.ShortTextLength);
                c.Property(x => x.DataOwnership).HasMaxLength(DigitalChange.ShortTextLength);
                c.Property(x => x.AlertDecisions).HasMaxLength(DigitalChange.ShortTextLength);
                c.Property(x => x.ExitPlan).HasMaxLength(DigitalChange.ShortTextLength);
            });
            e.Ignore(x => x.FirstGoLive);
            e.HasIndex(x => new { x.OrganisationId, x.Stage });
            e.HasOne<Organisation>().WithMany().HasForeignKey(x => x.OrganisationId);
            e.HasMany(x => x.Units).WithOne().HasForeignKey(x => x.ChangeId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<AffectedUnit>(e =>
        {
            e.HasIndex(x => new { x.OrganisationId, x.ChangeId, x.UnitId }).IsUnique();
            e.HasIndex(x => new { x.OrganisationId, x.UnitId });
            e.HasOne<Unit>().WithMany().HasForeignKey(x => x.UnitId).OnDelete(DeleteBehavior.Restrict);
        });
        b.Entity<ChangeHistoryEntry>(e =>
        {
            e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(40);
            e.Property(x => x.BySide).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.FromStage).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.ToStage).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.Detail).HasMaxLength(DigitalChange.ShortTextLength);
            e.Property(x => x.Obligation).HasConversion<string>().HasMaxLength(40);
            e.HasIndex(x => new { x.OrganisationId, x.ChangeId, x.At });
            e.HasOne<DigitalChange>().WithMany().HasForeignKey(x => x.ChangeId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<Obligation>(e =>
        {
            e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(40);
            e.Property(x => x.ResponsibleSide).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.GatesStage).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.WaiverRequestedBy).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.Source).HasMaxLength(Obligation.SourceLength);
            e.Property(x => x.Note).HasMaxLength(Rule.NoteLength);
            e.Property(x => x.Evidence).HasMaxLength(Obligation.TextLength);
            e.Property(x => x.EvidenceUrl).HasMaxLength(Obligation.UrlLength);
            e.Property(x => x.WaiverReason).HasMaxLength(Obligation.TextLength);
            e.Property(x => x.Version).IsConcurrencyToken();
            e.HasIndex(x => new { x.OrganisationId, x.ChangeId });
            e.HasIndex(x => new { x.OrganisationId, x.Status, x.DueOn });
            e.HasOne<DigitalChange>().WithMany().HasForeignKey(x => x.ChangeId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<Rule>().WithMany().HasForeignKey(x => x.RuleId).OnDelete(DeleteBehavior.SetNull);
        });
        b.Entity<GateOverride>(e =>
        {
            e.Property(x => x.TargetStage).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.ProposedBy).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.Reason).HasMaxLength(DigitalChange.ShortTextLength);
            e.HasIndex(x => new { x.OrganisationId, x.ChangeId });
            e.HasOne<DigitalChange>().WithMany().HasForeignKey(x => x.ChangeId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<ObligationAlert>(e =>
        {
            // The sent-log's key: one alert per obligation per day, whatever runs at the same time.
            e.HasIndex(x => new { x.OrganisationId, x.ObligationId, x.Day }).IsUnique();
            e.HasOne<Obligation>().WithMany().HasForeignKey(x => x.ObligationId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<CalendarFeed>(e =>
        {
            e.Property(x => x.SecretHash).HasMaxLength(CalendarFeed.HashLength);
            e.HasIndex(x => x.SecretHash).IsUnique();
            e.HasIndex(x => new { x.OrganisationId, x.UserId });
            e.HasOne<AppUser>().WithMany().HasForeignKey(x => x.UserId);
        });
    }
}
