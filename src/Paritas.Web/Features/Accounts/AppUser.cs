using Microsoft.AspNetCore.Identity;

namespace Paritas.Web.Features.Accounts;

public sealed class AppUser : IdentityUser<Guid>
{
    public AppUser()
    {
        Id = Guid.NewGuid();
        SecurityStamp = Guid.NewGuid().ToString("N");
    }

    public string DisplayName { get; set; } = "";

    /// <summary>Administers the platform: countries, networks, organisations.</summary>
    public bool IsPlatformAdministrator { get; set; }

    public bool IsDisabled { get; set; }

    /// <summary>Culture name the person chose, e.g. "de" or "nb".</summary>
    public string? PreferredCulture { get; set; }

    /// <summary>
    /// The last 30-second TOTP time step accepted. A code for this step or an earlier one is
    /// refused, so a code works once (Identity's own provider accepts reuse within ±90 s).
    /// </summary>
    public long LastTotpStep { get; set; }

    public DateTimeOffset CreatedAt { get; set; } = DateTimeOffset.UtcNow;
}
