using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using Paritas.Web.Features.Shared;

namespace Paritas.Web.Features.Accounts;

/// <summary>
/// ASVS 2.1: length is what matters, not composition; refuse passwords on a list of common and
/// breached ones, and the person's own e-mail address.
/// </summary>
public sealed class CommonPasswordValidator(IStringLocalizer<SharedResource> l) : IPasswordValidator<AppUser>
{
    public const int MaximumLength = 128;

    private static readonly Lazy<HashSet<string>> Common = new(Load);

    public Task<IdentityResult> ValidateAsync(UserManager<AppUser> manager, AppUser user, string? password)
    {
        if (string.IsNullOrEmpty(password))
        {
            return Task.FromResult(IdentityResult.Success);
        }

        if (password.Length > MaximumLength)
        {
            return Failed("TooLong", l["The password can be at most {0} characters long.", MaximumLength]);
        }

        var lower = password.ToLowerInvariant();
        if (Common.Value.Contains(lower) || IsRepetitive(lower))
        {
            return Failed("Common", l["This password is too common. Choose a longer phrase that others would not guess."]);
        }

        if (user.Email is { Length: > 0 } email && lower.Contains(email.Split('@')[0].ToLowerInvariant(), StringComparison.Ordinal) && email.Split('@')[0].Length >= 4)
        {
            return Failed("ContainsEmail", l["The password must not contain your e-mail address."]);
        }

        return Task.FromResult(IdentityResult.Success);
    }

    public static bool IsCommon(string password) => Common.Value.Contains(password.ToLowerInvariant());

    private static Task<IdentityResult> Failed(string code, string description)
        => Task.FromResult(IdentityResult.Failed(new IdentityError { Code = code, Description = description }));

    // "aaaaaaaa", "12121212": one or two characters repeated.
    private static bool IsRepetitive(string password) => password.Distinct().Count() <= 2;

    private static HashSet<string> Load()
    {
        using var stream = typeof(CommonPasswordValidator).Assembly.GetManifestResourceStream("Paritas.Web.Features.Accounts.common-passwords.txt")
            ?? throw new InvalidOperationException("The common-password list is missing from the build.");
        using var reader = new StreamReader(stream);
        var set = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && line[0] != '#')
            {
                set.Add(line.Trim().ToLowerInvariant());
            }
        }

        return set;
    }
}
