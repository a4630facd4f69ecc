using Microsoft.EntityFrameworkCore;
using Paritas.Web.Features.Accounts;
using Paritas.Web.Features.Organisations;

namespace Paritas.Web.Features.Library;

public static class LibraryModel
{
    public static void Configure(ModelBuilder b)
    {
        b.Entity<LibraryItem>(e =>
        {
            e.Property(x => x.Uid).HasMaxLength(LibraryItem.UidLength);
            e.HasIndex(x => x.Uid).IsUnique();
            e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.OriginalLanguage).HasMaxLength(10);
            e.Property(x => x.Visibility).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.RequestedVisibility).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.CountryCode).HasMaxLength(2);
            e.Property(x => x.OrganisationType).HasConversion<string>().HasMaxLength(30);
            e.Property(x => x.Sector).HasConversion<string>().HasMaxLength(30);
            e.Property(x => x.Technology).HasConversion<string>().HasMaxLength(40);
            e.Property(x => x.Outcome).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.Topic).HasConversion<string>().HasMaxLength(40);
            e.Property(x => x.MechanismCodes).HasMaxLength(400);
            e.Property(x => x.RuleJson).HasMaxLength(2000);
            e.Ignore(x => x.Mechanisms);
            e.HasIndex(x => new { x.Visibility, x.PublishedAt });
            e.HasIndex(x => x.OwnerOrganisationId);
            e.HasOne<Organisation>().WithMany().HasForeignKey(x => x.OwnerOrganisationId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<Network>().WithMany().HasForeignKey(x => x.NetworkId).OnDelete(DeleteBehavior.SetNull);
            e.HasMany(x => x.Translations).WithOne().HasForeignKey(x => x.ItemId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(x => x.Sources).WithOne().HasForeignKey(x => x.ItemId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<LibraryTranslation>(e =>
        {
            e.Property(x => x.Language).HasMaxLength(10);
            e.Property(x => x.Title).HasMaxLength(LibraryTranslation.TitleLength);
            e.Property(x => x.Summary).HasMaxLength(LibraryTranslation.SummaryLength);
            e.Property(x => x.Body).HasMaxLength(LibraryTranslation.BodyLength);
            e.HasIndex(x => new { x.ItemId, x.Language }).IsUnique();
        });
        b.Entity<LibrarySource>(e =>
        {
            e.Property(x => x.Title).HasMaxLength(LibrarySource.TitleLength);
            e.Property(x => x.Publisher).HasMaxLength(LibrarySource.PublisherLength);
            e.Property(x => x.Url).HasMaxLength(LibrarySource.UrlLength);
            e.HasIndex(x => new { x.ItemId, x.Position });
        });
        b.Entity<LibraryTerm>(e =>
        {
            e.HasKey(x => new { x.TranslationId, x.Term });
            e.Property(x => x.Language).HasMaxLength(10);
            e.Property(x => x.Term).HasMaxLength(LibraryTerm.TermLength);
            e.HasIndex(x => new { x.Term, x.Language });
            e.HasIndex(x => x.ItemId);
            e.HasOne<LibraryTranslation>().WithMany().HasForeignKey(x => x.TranslationId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<LibraryRevision>(e =>
        {
            e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(30);
            e.Property(x => x.Detail).HasMaxLength(LibraryRevision.DetailLength);
            e.HasIndex(x => new { x.ItemId, x.At });
            e.HasOne<LibraryItem>().WithMany().HasForeignKey(x => x.ItemId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<LibraryComment>(e =>
        {
            e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.State).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.Text).HasMaxLength(LibraryComment.TextLength);
            e.HasIndex(x => new { x.ItemId, x.State });
            e.HasOne<LibraryItem>().WithMany().HasForeignKey(x => x.ItemId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<LibraryCurator>(e =>
        {
            e.HasKey(x => new { x.NetworkId, x.UserId });
            e.HasIndex(x => x.UserId);
            e.HasOne<Network>().WithMany().HasForeignKey(x => x.NetworkId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<AppUser>().WithMany().HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.Cascade);
        });
    }
}
