using System.ComponentModel.DataAnnotations;

namespace Paritas.Web.Features.Accounts;

public sealed class AccountsOptions
{
    public const string Section = "Accounts";

    /// <summary>PBKDF2-HMAC-SHA512 iterations; OWASP asks for at least 210,000.</summary>
    [Range(210_000, 10_000_000)]
    public int PasswordHashIterations { get; init; } = 210_000;

    [Range(3, 20)]
    public int MaxFailedSignIns { get; init; } = 5;

    [Range(1, 1440)]
    public int LockoutMinutes { get; init; } = 15;

    [Range(1, 10_000)]
    public int SignInAttemptsPerMinute { get; init; } = 20;

    [Range(1, 24)]
    public int SessionHours { get; init; } = 8;

    [Range(1, 30)]
    public int InvitationDays { get; init; } = 7;

    [Range(1, 366)]
    public int MaximumTokenDays { get; init; } = 366;
}
