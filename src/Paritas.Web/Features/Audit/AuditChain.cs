using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Paritas.Web.Features.Audit;

public static class AuditChain
{
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";

    /// <summary>
    /// The hash covers every field and the previous row's hash, so changing, removing or
    /// reordering any row breaks the chain from there on.
    /// </summary>
    public static string HashOf(AuditEntry e)
    {
        var canonical = string.Join('\u001f',
            e.Sequence.ToString(CultureInfo.InvariantCulture),
            e.At.UtcTicks.ToString(CultureInfo.InvariantCulture),
            e.Action,
            e.ActorUserId?.ToString("D") ?? "",
            e.ActorRole ?? "",
            e.OrganisationId?.ToString("D") ?? "",
            e.Dataset ?? "",
            e.Breakdown ?? "",
            e.Outcome ?? "",
            e.Subject ?? "",
            e.PreviousHash);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
    }
}
