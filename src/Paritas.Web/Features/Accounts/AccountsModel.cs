using Microsoft.EntityFrameworkCore;
using Paritas.Web.Features.Organisations;

namespace Paritas.Web.Features.Accounts;

public static class AccountsModel
{
    public static void Configure(ModelBuilder b)
    {
        b.Entity<AppUser>(e =>
        {
            e.Property(x => x.DisplayName).HasMaxLength(200);
            e.Property(x => x.PreferredCulture).HasMaxLength(10);
        });
        b.Entity<Membership>(e =>
        {
            e.Property(x => x.Role).HasConversion<string>().HasMaxLength(40);
            e.HasIndex(x => new { x.OrganisationId, x.UserId }).IsUnique();
            e.HasIndex(x => x.UserId);
            e.HasOne<AppUser>().WithMany().HasForeignKey(x => x.UserId);
            e.HasOne<Organisation>().WithMany().HasForeignKey(x => x.OrganisationId);
        });
        b.Entity<Invitation>(e =>
        {
            e.Property(x => x.Email).HasMaxLength(256);
            e.Property(x => x.Role).HasConversion<string>().HasMaxLength(40);
            e.Property(x => x.SecretHash).HasMaxLength(64);
            e.HasIndex(x => x.SecretHash).IsUnique();
            e.HasIndex(x => new { x.OrganisationId, x.CreatedAt });
        });
        b.Entity<PersonalAccessToken>(e =>
        {
            e.Property(x => x.Name).HasMaxLength(100);
            e.Property(x => x.SecretHash).HasMaxLength(64);
            e.Property(x => x.Prefix).HasMaxLength(16);
            e.HasIndex(x => x.SecretHash).IsUnique();
            e.HasIndex(x => new { x.OrganisationId, x.UserId });
            e.HasOne<AppUser>().WithMany().HasForeignKey(x => x.UserId);
        });
        b.Entity<UserSession>(e =>
        {
            e.HasIndex(x => x.UserId);
            e.HasOne<AppUser>().WithMany().HasForeignKey(x => x.UserId);
        });
    }
}
