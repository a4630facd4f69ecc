using System.Security.Cryptography;
using System.Text;

namespace Paritas.Web.Features.Accounts;

/// <summary>Secrets handed to people (API tokens, invitation links): random, shown once, stored as SHA-256.</summary>
public static class AccessTokens
{
    public const string ApiPrefix = "prt_";

    public static string NewSecret(string prefix = "")
        => prefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    // 256 random bits need no slow hash: nobody can guess them, and lookups stay fast.
    public static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));
}
