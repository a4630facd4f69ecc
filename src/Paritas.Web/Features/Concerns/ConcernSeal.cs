using System.Security.Cryptography;
using System.Text;
using NSec.Cryptography;

namespace Paritas.Web.Features.Concerns;

/// <summary>
/// The cryptography of the concern channel, in one place (ADR 0011): content under its own random
/// key (XChaCha20-Poly1305), that key sealed to X25519 public keys (an ephemeral key per seal, as in
/// a sealed box), and secrets wrapped under a key derived from a passphrase or receipt (Argon2id).
/// Every ciphertext is bound to what it belongs to (associated data), so a blob moved to another
/// concern or field fails to open instead of showing the wrong words.
/// </summary>
public static class ConcernSeal
{
    public const int KeySize = 32;
    public const int SaltSize = 16;

    private static readonly AeadAlgorithm Aead = AeadAlgorithm.XChaCha20Poly1305;
    private static readonly KeyAgreementAlgorithm Agreement = KeyAgreementAlgorithm.X25519;
    private static readonly KeyDerivationAlgorithm Hkdf = KeyDerivationAlgorithm.HkdfSha256;

    public static byte[] NewKey() => RandomNumberGenerator.GetBytes(KeySize);

    public static byte[] NewSalt() => RandomNumberGenerator.GetBytes(SaltSize);

    /// <summary>Nonce (24 bytes) followed by ciphertext and tag.</summary>
    public static byte[] Encrypt(ReadOnlySpan<byte> key, ReadOnlySpan<byte> plaintext, string context)
    {
        using var k = Key.Import(Aead, key, KeyBlobFormat.RawSymmetricKey);
        var nonce = RandomNumberGenerator.GetBytes(Aead.NonceSize);
        var cipher = Aead.Encrypt(k, nonce, Encoding.UTF8.GetBytes(context), plaintext);
        return [.. nonce, .. cipher];
    }

    public static byte[]? Decrypt(ReadOnlySpan<byte> key, ReadOnlySpan<byte> sealedData, string context)
    {
        if (sealedData.Length < Aead.NonceSize + Aead.TagSize)
        {
            return null;
        }

        using var k = Key.Import(Aead, key, KeyBlobFormat.RawSymmetricKey);
        return Aead.Decrypt(k, sealedData[..Aead.NonceSize], Encoding.UTF8.GetBytes(context), sealedData[Aead.NonceSize..]);
    }

    public static byte[] EncryptText(ReadOnlySpan<byte> key, string text, string context) => Encrypt(key, Encoding.UTF8.GetBytes(text), context);

    public static string? DecryptText(ReadOnlySpan<byte> key, ReadOnlySpan<byte> sealedData, string context)
        => Decrypt(key, sealedData, context) is { } plain ? Encoding.UTF8.GetString(plain) : null;

    /// <returns>(private key, public key), raw 32 bytes each.</returns>
    public static (byte[] PrivateKey, byte[] PublicKey) NewKeyPair()
    {
        using var key = Key.Create(Agreement, new KeyCreationParameters { ExportPolicy = KeyExportPolicies.AllowPlaintextExport });
        return (key.Export(KeyBlobFormat.RawPrivateKey), key.PublicKey.Export(KeyBlobFormat.RawPublicKey));
    }

    /// <summary>Seals a secret to a public key: ephemeral public key (32) ‖ nonce ‖ ciphertext.</summary>
    public static byte[] SealTo(ReadOnlySpan<byte> recipientPublicKey, ReadOnlySpan<byte> secret, string context)
    {
        var recipient = PublicKey.Import(Agreement, recipientPublicKey, KeyBlobFormat.RawPublicKey);
        using var ephemeral = Key.Create(Agreement);
        var ephemeralPublic = ephemeral.PublicKey.Export(KeyBlobFormat.RawPublicKey);
        using var shared = Agreement.Agree(ephemeral, recipient) ?? throw new CryptographicException("The public key is not usable.");
        var wrap = Hkdf.DeriveBytes(shared, [.. ephemeralPublic, .. recipientPublicKey], Encoding.UTF8.GetBytes("paritas/concern-seal/v1"), KeySize);
        return [.. ephemeralPublic, .. Encrypt(wrap, secret, context)];
    }

    public static byte[]? OpenWith(ReadOnlySpan<byte> recipientPrivateKey, ReadOnlySpan<byte> sealedData, string context)
    {
        if (sealedData.Length < KeySize)
        {
            return null;
        }

        using var own = Key.Import(Agreement, recipientPrivateKey, KeyBlobFormat.RawPrivateKey, new KeyCreationParameters { ExportPolicy = KeyExportPolicies.AllowPlaintextExport });
        var ephemeralPublic = sealedData[..KeySize].ToArray();
        var ephemeral = PublicKey.Import(Agreement, ephemeralPublic, KeyBlobFormat.RawPublicKey);
        using var shared = Agreement.Agree(own, ephemeral);
        if (shared is null)
        {
            return null;
        }

        var ownPublic = own.PublicKey.Export(KeyBlobFormat.RawPublicKey);
        var wrap = Hkdf.DeriveBytes(shared, [.. ephemeralPublic, .. ownPublic], Encoding.UTF8.GetBytes("paritas/concern-seal/v1"), KeySize);
        return Decrypt(wrap, sealedData[KeySize..], context);
    }

    /// <summary>
    /// Argon2id: slow on purpose, so that guessing a passphrase or receipt from a copy of the
    /// database costs real time per guess. Parameters are fixed here and recorded in ADR 0011.
    /// </summary>
    public static byte[] Stretch(ReadOnlySpan<byte> secret, ReadOnlySpan<byte> salt, int length, int memoryKiB)
    {
        var argon = PasswordBasedKeyDerivationAlgorithm.Argon2id(new Argon2Parameters { DegreeOfParallelism = 1, MemorySize = memoryKiB, NumberOfPasses = 3 });
        return argon.DeriveBytes(secret, salt, length);
    }
}
