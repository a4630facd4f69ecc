using System.Buffers.Binary;
using System.Security.Cryptography;

namespace Paritas.BrowserTests.Harness;

/// <summary>
/// Time-based one-time passwords as an authenticator app computes them:
/// RFC 6238 over RFC 4226's HOTP with HMAC-SHA-1, a 30-second step counted from the Unix epoch.
/// </summary>
public static class Totp
{
    public static readonly TimeSpan Step = TimeSpan.FromSeconds(30);

    public static string Compute(string base32Secret, DateTimeOffset time, int digits = 6) =>
        Compute(Base32.Decode(base32Secret), time, digits);

    public static string Compute(byte[] secret, DateTimeOffset time, int digits = 6)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(time.ToUnixTimeSeconds(), nameof(time));
        return Hotp(secret, TimeStep(time), digits);
    }

    /// <summary>T = floor((unix time − T0) / X) with T0 = 0 and X = 30 s (RFC 6238 §4.2).</summary>
    public static long TimeStep(DateTimeOffset time) => time.ToUnixTimeSeconds() / (long)Step.TotalSeconds;

    /// <summary>The first instant of the time step after the one <paramref name="time"/> is in.</summary>
    public static DateTimeOffset NextStepStart(DateTimeOffset time) =>
        DateTimeOffset.FromUnixTimeSeconds((TimeStep(time) + 1) * (long)Step.TotalSeconds);

    // RFC 4226 §5.3: HMAC the big-endian 8-byte counter, dynamic truncation, modulo 10^digits.
    private static string Hotp(byte[] secret, long counter, int digits)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(digits, 6);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(digits, 9);
        Span<byte> message = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(message, counter);
        Span<byte> hash = stackalloc byte[HMACSHA1.HashSizeInBytes];
#pragma warning disable CA5350 // RFC 6238 authenticators use HMAC-SHA-1; it is the algorithm under test, not our choice.
        HMACSHA1.HashData(secret, message, hash);
#pragma warning restore CA5350
        var offset = hash[^1] & 0x0F;
        var binary = ((hash[offset] & 0x7F) << 24)
            | (hash[offset + 1] << 16)
            | (hash[offset + 2] << 8)
            | hash[offset + 3];
        var modulus = 1;
        for (var i = 0; i < digits; i++)
        {
            modulus *= 10;
        }

        return (binary % modulus).ToString(System.Globalization.CultureInfo.InvariantCulture).PadLeft(digits, '0');
    }
}
