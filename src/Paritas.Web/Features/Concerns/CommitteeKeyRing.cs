using System.Text;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Paritas.Web.Data;

namespace Paritas.Web.Features.Concerns;

/// <summary>
/// A committee member's concern key: set up with a passphrase, unlocked with it for a short
/// while. While unlocked, the private key travels in an encrypted, HttpOnly cookie that expires
/// after <see cref="UnlockedFor"/>; the server keeps no copy between requests.
/// </summary>
public sealed class CommitteeKeyRing(AppDbContext db, IHttpContextAccessor http, IDataProtectionProvider protection, IOptions<ConcernOptions> options, TimeProvider clock)
{
    public const string Cookie = "__Host-paritas-ck";
    public static readonly TimeSpan UnlockedFor = TimeSpan.FromMinutes(30);

    private ITimeLimitedDataProtector Protector => protection.CreateProtector("Paritas.Concerns.CommitteeKey.v1").ToTimeLimitedDataProtector();

    public Task<bool> HasKeyAsync(Guid userId, CancellationToken ct) => db.CommitteeKeys.AnyAsync(k => k.UserId == userId, ct);

    /// <summary>
    /// A new key replaces the old one; the old one's shares go with it. Concerns sealed to the old
    /// key come back as soon as a colleague (or the reporter) who can read them opens them.
    /// </summary>
    public async Task SetUpAsync(Guid organisationId, Guid userId, string passphrase, CancellationToken ct)
    {
        var old = await db.CommitteeKeys.Where(k => k.UserId == userId).ToListAsync(ct);
        db.CommitteeKeys.RemoveRange(old);
        var (privateKey, publicKey) = ConcernSeal.NewKeyPair();
        var salt = ConcernSeal.NewSalt();
        var key = new CommitteeKey(organisationId, userId, publicKey, salt, [], DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        var wrap = ConcernSeal.Stretch(Encoding.UTF8.GetBytes(passphrase), salt, ConcernSeal.KeySize, options.Value.ArgonMemoryKiB);
        db.Entry(key).Property(k => k.WrappedPrivateKey).CurrentValue = ConcernSeal.Encrypt(wrap, privateKey, key.Context);
        db.CommitteeKeys.Add(key);
        await db.SaveChangesAsync(ct);
        Remember(key.Id, userId, organisationId, privateKey);
    }

    public async Task<bool> UnlockAsync(Guid organisationId, Guid userId, string passphrase, CancellationToken ct)
    {
        var key = await db.CommitteeKeys.AsNoTracking().FirstOrDefaultAsync(k => k.UserId == userId, ct);
        if (key is null)
        {
            return false;
        }

        var wrap = ConcernSeal.Stretch(Encoding.UTF8.GetBytes(passphrase), key.Salt, ConcernSeal.KeySize, options.Value.ArgonMemoryKiB);
        var privateKey = ConcernSeal.Decrypt(wrap, key.WrappedPrivateKey, key.Context);
        if (privateKey is null)
        {
            return false;
        }

        Remember(key.Id, userId, organisationId, privateKey);
        return true;
    }

    public void Lock() => http.HttpContext?.Response.Cookies.Delete(Cookie, new CookieOptions { Secure = true, Path = "/", SameSite = SameSiteMode.Strict, HttpOnly = true });

    /// <summary>The unlocked key of the person asking, if it is theirs, for this organisation, and not expired.</summary>
    public UnlockedKey? Unlocked(Guid? organisationId, Guid? userId)
    {
        var context = http.HttpContext;
        if (context is null || organisationId is null || userId is null || !context.Request.Cookies.TryGetValue(Cookie, out var value))
        {
            return context?.Items[typeof(UnlockedKey)] as UnlockedKey;
        }

        try
        {
            var bytes = Protector.Unprotect(Convert.FromBase64String(value), out _);
            var key = new UnlockedKey(new Guid(bytes.AsSpan(0, 16)), new Guid(bytes.AsSpan(16, 16)), new Guid(bytes.AsSpan(32, 16)), bytes[48..]);
            return key.UserId == userId && key.OrganisationId == organisationId ? key : null;
        }
        catch (Exception e) when (e is System.Security.Cryptography.CryptographicException or FormatException or ArgumentException)
        {
            return null;
        }
    }

    private void Remember(Guid keyId, Guid userId, Guid organisationId, byte[] privateKey)
    {
        var context = http.HttpContext;
        if (context is null)
        {
            return;
        }

        var payload = Protector.Protect([.. keyId.ToByteArray(), .. userId.ToByteArray(), .. organisationId.ToByteArray(), .. privateKey], clock.GetUtcNow() + UnlockedFor);
        context.Response.Cookies.Append(Cookie, Convert.ToBase64String(payload), new CookieOptions
        {
            HttpOnly = true,
            Secure = true,
            SameSite = SameSiteMode.Strict,
            Path = "/",
            MaxAge = UnlockedFor,
        });
        // Usable in the same request that unlocked it, before the browser sends the cookie back.
        context.Items[typeof(UnlockedKey)] = new UnlockedKey(keyId, userId, organisationId, privateKey);
    }
}

public sealed record UnlockedKey(Guid KeyId, Guid UserId, Guid OrganisationId, byte[] PrivateKey)
{
    public override string ToString() => "UnlockedKey";
}
