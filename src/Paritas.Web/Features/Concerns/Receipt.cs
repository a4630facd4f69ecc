using System.Security.Cryptography;
using System.Text;

namespace Paritas.Web.Features.Concerns;

/// <summary>
/// What an anonymous reporter keeps: 24 Crockford base32 characters (120 random bits) in six
/// groups of four. The first 8 characters (40 bits) find the concern; the other 16 (80 bits) are
/// the secret that proves it is theirs and unlocks its content. Crockford's alphabet has no I, L,
/// O or U, and reading forgives those look-alikes, case, spaces and dashes.
/// </summary>
public sealed record Receipt(byte[] Lookup, byte[] Secret)
{
    public const int LookupChars = 8;
    public const int SecretChars = 16;
    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    public static Receipt New() => new(RandomNumberGenerator.GetBytes(5), RandomNumberGenerator.GetBytes(10));

    public string Text
    {
        get
        {
            var chars = Encode(Lookup) + Encode(Secret);
            return string.Join('-', Enumerable.Range(0, chars.Length / 4).Select(i => chars.Substring(i * 4, 4)));
        }
    }

    public static Receipt? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > 100)
        {
            return null;
        }

        var clean = new StringBuilder();
        foreach (var c in text.ToUpperInvariant())
        {
            var mapped = c switch { 'O' => '0', 'I' or 'L' => '1', _ => c };
            if (Alphabet.Contains(mapped, StringComparison.Ordinal))
            {
                clean.Append(mapped);
            }
            else if (!char.IsWhiteSpace(c) && c != '-')
            {
                return null;
            }
        }

        if (clean.Length != LookupChars + SecretChars)
        {
            return null;
        }

        var all = clean.ToString();
        return new Receipt(Decode(all[..LookupChars]), Decode(all[LookupChars..]));
    }

    public override string ToString() => "Receipt";

    private static string Encode(byte[] data)
    {
        var result = new StringBuilder();
        int buffer = 0, bits = 0;
        foreach (var b in data)
        {
            buffer = (buffer << 8) | b;
            bits += 8;
            while (bits >= 5)
            {
                result.Append(Alphabet[(buffer >> (bits - 5)) & 31]);
                bits -= 5;
            }
        }

        return result.ToString();
    }

    private static byte[] Decode(string text)
    {
        var output = new List<byte>();
        int buffer = 0, bits = 0;
        foreach (var c in text)
        {
            buffer = (buffer << 5) | Alphabet.IndexOf(c, StringComparison.Ordinal);
            bits += 5;
            if (bits >= 8)
            {
                output.Add((byte)((buffer >> (bits - 8)) & 0xFF));
                bits -= 8;
            }
        }

        return [.. output];
    }
}
