using Microsoft.AspNetCore.Identity;

namespace Paritas.Web.Features.Accounts;

/// <summary>
/// Replaces Identity's authenticator provider, which accepts a code for ±90 seconds and more
/// than once. Here a code is valid for its own 30-second step (±1 for clock drift) and only once:
/// the accepted step is stored, and the concurrency stamp makes two racing uses of one code fail.
/// </summary>
public sealed class SingleUseTotpProvider(TimeProvider clock) : IUserTwoFactorTokenProvider<AppUser>
{
    public const string Name = "ParitasTotp";

    public async Task<bool> CanGenerateTwoFactorTokenAsync(UserManager<AppUser> manager, AppUser user)
        => !string.IsNullOrEmpty(await manager.GetAuthenticatorKeyAsync(user));

    public Task<string> GenerateAsync(string purpose, UserManager<AppUser> manager, AppUser user)
        => throw new NotSupportedException("Codes come from the person's authenticator app.");

    public async Task<bool> ValidateAsync(string purpose, string token, UserManager<AppUser> manager, AppUser user)
    {
        var key = await manager.GetAuthenticatorKeyAsync(user);
        var code = token.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        if (string.IsNullOrEmpty(key) || code.Length != 6 || !code.All(char.IsAsciiDigit))
        {
            return false;
        }

        var step = Totp.MatchStep(Base32.Decode(key), code, clock.GetUtcNow(), user.LastTotpStep);
        if (step is null)
        {
            return false;
        }

        user.LastTotpStep = step.Value;
        var saved = await manager.UpdateAsync(user);
        return saved.Succeeded;
    }
}
