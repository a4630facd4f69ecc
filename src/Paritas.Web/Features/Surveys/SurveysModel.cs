using Microsoft.EntityFrameworkCore;
using Paritas.Web.Features.Changes;
using Paritas.Web.Features.Organisations;

namespace Paritas.Web.Features.Surveys;

public static class SurveysModel
{
    public static void Configure(ModelBuilder b)
    {
        b.Entity<InstrumentFile>(e =>
        {
            e.ToTable("SurveyInstruments");
            e.Property(x => x.InstrumentId).HasMaxLength(60);
            e.Property(x => x.Version).HasMaxLength(40);
            e.HasIndex(x => new { x.InstrumentId, x.Version }).IsUnique();
        });
        b.Entity<Survey>(e =>
        {
            e.ToTable("Surveys");
            e.Property(x => x.Title).HasMaxLength(Survey.TitleLength);
            e.Property(x => x.InstrumentId).HasMaxLength(60);
            e.Property(x => x.InstrumentVersion).HasMaxLength(40);
            e.HasIndex(x => new { x.OrganisationId, x.ChangeId });
            e.HasOne<Organisation>().WithMany().HasForeignKey(x => x.OrganisationId);
            e.HasOne<DigitalChange>().WithMany().HasForeignKey(x => x.ChangeId).OnDelete(DeleteBehavior.Restrict);
        });
        b.Entity<SurveyWave>(e =>
        {
            e.ToTable("SurveyWaves");
            e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.Label).HasMaxLength(SurveyWave.LabelLength);
            e.Property(x => x.Version).IsConcurrencyToken();
            e.HasIndex(x => new { x.OrganisationId, x.SurveyId });
            e.HasOne<Organisation>().WithMany().HasForeignKey(x => x.OrganisationId);
            e.HasOne<Survey>().WithMany().HasForeignKey(x => x.SurveyId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<SurveyToken>(e =>
        {
            e.ToTable("SurveyTokens");
            // Random ids made in code: the provider's time-ordered UUIDs would date the token.
            e.Property(x => x.Id).ValueGeneratedNever();
            e.Property(x => x.Dimension).HasMaxLength(40);
            e.Property(x => x.GroupCode).HasMaxLength(40);
            e.Property(x => x.Hash).HasMaxLength(64);
            // The hash is looked up before the organisation is known (the token names it).
            e.HasIndex(x => x.Hash).IsUnique();
            e.HasIndex(x => new { x.OrganisationId, x.WaveId, x.UnitId });
            e.HasOne<Organisation>().WithMany().HasForeignKey(x => x.OrganisationId);
            e.HasOne<SurveyWave>().WithMany().HasForeignKey(x => x.WaveId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<WaveUnitLink>(e =>
        {
            e.ToTable("SurveyUnitLinks");
            e.Property(x => x.Code).HasMaxLength(20);
            e.HasIndex(x => x.Code).IsUnique();
            e.HasIndex(x => new { x.OrganisationId, x.WaveId, x.UnitId }).IsUnique();
            e.HasOne<Organisation>().WithMany().HasForeignKey(x => x.OrganisationId);
            e.HasOne<SurveyWave>().WithMany().HasForeignKey(x => x.WaveId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<SurveyResponse>(e =>
        {
            e.ToTable("SurveyResponses");
            e.Property(x => x.Id).ValueGeneratedNever();
            e.Property(x => x.Dimension).HasMaxLength(40);
            e.Property(x => x.GroupCode).HasMaxLength(40);
            e.HasIndex(x => new { x.OrganisationId, x.WaveId, x.UnitId });
            e.HasOne<Organisation>().WithMany().HasForeignKey(x => x.OrganisationId);
            e.HasOne<SurveyWave>().WithMany().HasForeignKey(x => x.WaveId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<WaveAggregate>(e =>
        {
            e.ToTable("SurveyWaveAggregates");
            e.HasKey(x => new { x.OrganisationId, x.WaveId, x.Dimension, x.UnitCode, x.GroupCode, x.Measure });
            e.Property(x => x.UnitCode).HasMaxLength(40);
            e.Property(x => x.Dimension).HasMaxLength(40);
            e.Property(x => x.GroupCode).HasMaxLength(40);
            e.Property(x => x.Measure).HasMaxLength(80);
            e.Property(x => x.OptionCounts).HasMaxLength(2000);
            e.HasOne<Organisation>().WithMany().HasForeignKey(x => x.OrganisationId);
            e.HasOne<SurveyWave>().WithMany().HasForeignKey(x => x.WaveId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<WaveCell>(e =>
        {
            e.ToTable("SurveyWaveCells");
            e.HasKey(x => new { x.OrganisationId, x.WaveId, x.Dimension, x.UnitCode, x.GroupCode });
            e.Property(x => x.UnitCode).HasMaxLength(40);
            e.Property(x => x.Dimension).HasMaxLength(40);
            e.Property(x => x.GroupCode).HasMaxLength(40);
            e.Property(x => x.Reason).HasConversion<string>().HasMaxLength(40);
            e.HasOne<Organisation>().WithMany().HasForeignKey(x => x.OrganisationId);
            e.HasOne<SurveyWave>().WithMany().HasForeignKey(x => x.WaveId).OnDelete(DeleteBehavior.Cascade);
        });
    }
}
