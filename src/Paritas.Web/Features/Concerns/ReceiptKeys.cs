using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace Paritas.Web.Features.Concerns;

/// <summary>
/// Turns a receipt into what is stored and what unlocks. The lookup part is stored only as
/// HMAC-SHA-256 under the pepper (an index: one row is found without running Argon2id over all
/// rows). The secret part, peppered, goes through Argon2id once per check, which gives 64 bytes:
/// the first half is the stored verifier, the second the key that unwraps the concern's content
/// key and is never stored. Without the pepper, a copy of the database can neither find a
/// concern from a guessed receipt nor test guesses of the secret.
/// </summary>
public sealed class ReceiptKeys(IOptions<ConcernOptions> options, IHostEnvironment environment)
{
    private readonly Lazy<byte[]> pepper = new(() => LoadPepper(options.Value, environment));

    public byte[] LookupIndex(Receipt receipt) => HMACSHA256.HashData(pepper.Value, (byte[])[.. "lookup:"u8, .. receipt.Lookup]);

    public (byte[] Verifier, byte[] WrapKey) Derive(Receipt receipt, byte[] salt)
    {
        var peppered = HMACSHA256.HashData(pepper.Value, (byte[])[.. "secret:"u8, .. receipt.Secret]);
        var stretched = ConcernSeal.Stretch(peppered, salt, 64, options.Value.ArgonMemoryKiB);
        return (stretched[..32], stretched[32..]);
    }

    private static byte[] LoadPepper(ConcernOptions o, IHostEnvironment environment)
    {
        if (!string.IsNullOrWhiteSpace(o.ReceiptPepper))
        {
            var configured = Convert.FromBase64String(o.ReceiptPepper);
            return configured.Length >= 32 ? configured : throw new InvalidOperationException("Concerns:ReceiptPepper must be at least 32 bytes (base64).");
        }

        var path = Path.IsPathRooted(o.PepperFile) ? o.PepperFile : Path.Combine(environment.ContentRootPath, o.PepperFile);
        if (File.Exists(path))
        {
            return Convert.FromBase64String(File.ReadAllText(path, Encoding.ASCII).Trim());
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var fresh = RandomNumberGenerator.GetBytes(32);
        try
        {
            var create = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
            if (!OperatingSystem.IsWindows())
            {
                // Readable by the application's user alone.
                create.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            }

            using var stream = new FileStream(path, create);
            stream.Write(Encoding.ASCII.GetBytes(Convert.ToBase64String(fresh)));
            return fresh;
        }
        catch (IOException) when (File.Exists(path))
        {
            // Another instance created it first: use theirs, or receipts would not match.
            return Convert.FromBase64String(File.ReadAllText(path, Encoding.ASCII).Trim());
        }
    }
}
