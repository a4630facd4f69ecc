using System.Buffers.Binary;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Paritas.Web.Features.Accounts;

namespace Paritas.IntegrationTests.Security;

/// <summary>ASVS 2.1 and 2.4: length over composition, a common-password list, a slow hash.</summary>
public sealed class PasswordPolicyTests(ParitasFactory app) : IClassFixture<ParitasFactory>
{
    private const string Words = "the river bends past seven quiet farms before it reaches the grey harbour town ";

    [Theory]
    [InlineData("short")]
    [InlineData("1234567")]
    [InlineData("seven77")]
    public async Task A_password_shorter_than_eight_characters_is_refused(string password)
    {
        var result = await CreateWithPasswordAsync(password);

        Assert.False(result.Succeeded);
        Assert.Contains(result.Errors, e => e.Code == nameof(IdentityErrorDescriber.PasswordTooShort));
    }

    [Theory]
    [InlineData(64)]
    [InlineData(100)]
    [InlineData(CommonPasswordValidator.MaximumLength)]
    public async Task A_long_passphrase_is_accepted(int length)
    {
        var passphrase = Passphrase(length);
        Assert.Equal(length, passphrase.Length);

        var result = await CreateWithPasswordAsync(passphrase);

        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Description)));
    }

    [Theory]
    [InlineData("correct horse battery staple")]
    [InlineData("alllowercaseletters")]
    [InlineData("hjemmetjeneste")]
    public async Task No_composition_rules_apply(string password)
    {
        var result = await CreateWithPasswordAsync(password);

        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Description)));
    }

    [Theory]
    [InlineData("password123")]
    [InlineData("qwertyuiop")]
    [InlineData("QwertyUIOP")]
    [InlineData("12345678")]
    [InlineData("aaaaaaaaaaaa")]
    public async Task A_common_password_is_refused(string password)
    {
        var result = await CreateWithPasswordAsync(password);

        Assert.False(result.Succeeded);
        Assert.Contains(result.Errors, e => e.Code == "Common");
    }

    [Fact]
    public async Task A_password_longer_than_128_characters_is_refused()
    {
        var result = await CreateWithPasswordAsync(Passphrase(CommonPasswordValidator.MaximumLength + 1));

        Assert.False(result.Succeeded);
        Assert.Contains(result.Errors, e => e.Code == "TooLong");
    }

    [Fact]
    public async Task Passwords_are_stored_as_PBKDF2_with_at_least_210000_iterations()
    {
        var org = await app.CreateOrganisationAsync();
        var user = await app.CreateUserAsync(org, Role.Viewer);

        var stored = await app.WithScopeAsync((_, db) => db.Users.AsNoTracking().Where(u => u.Id == user.Id).Select(u => u.PasswordHash).SingleAsync());

        // Identity v3 format: 0x01, PRF (uint32 BE), iteration count (uint32 BE), salt length, salt, subkey.
        var bytes = Convert.FromBase64String(stored!);
        Assert.Equal(0x01, bytes[0]);
        Assert.Equal(2u, BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(1, 4))); // HMAC-SHA512
        Assert.True(BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(5, 4)) >= 210_000, "PBKDF2 iteration count below the OWASP minimum.");
        Assert.DoesNotContain(ParitasFactory.Password, System.Text.Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
    }

    private static string Passphrase(int length) => string.Concat(Enumerable.Repeat(Words, (length / Words.Length) + 1))[..length].TrimEnd() is var p && p.Length == length ? p : p + new string('x', length - p.Length);

    private Task<IdentityResult> CreateWithPasswordAsync(string password) => app.WithScopeAsync(async (services, _) =>
    {
        var users = services.GetRequiredService<UserManager<AppUser>>();
        var email = $"p{Guid.NewGuid():N}@example.org";
        return await users.CreateAsync(new AppUser { UserName = email, Email = email, DisplayName = "Password test" }, password);
    });
}
