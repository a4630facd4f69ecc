using System.Text.Json;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;

namespace Paritas.Web.Features.Surveys;

/// <summary>
/// Keeps the token and the answers so far in an encrypted, HttpOnly cookie on the worker's device:
/// the token leaves the address bar at once, the worker can stop and resume on the same device,
/// and nothing of an unfinished answer is stored on the server.
/// </summary>
public sealed class AnswerState(IDataProtectionProvider protection, IHttpContextAccessor http)
{
    private static readonly ChunkingCookieManager Cookies = new();
    private readonly IDataProtector protector = protection.CreateProtector("Paritas.Surveys.AnswerDraft");

    private HttpContext Context => http.HttpContext ?? throw new InvalidOperationException("No request.");

    public AnswerDraft? Read()
    {
        var value = Cookies.GetRequestCookie(Context, SurveysExtensions.AnswerCookie);
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<AnswerDraft>(protector.Unprotect(value));
        }
        catch (Exception e) when (e is System.Security.Cryptography.CryptographicException or JsonException or FormatException)
        {
            return null;
        }
    }

    public void Write(AnswerDraft draft)
        => Cookies.AppendResponseCookie(Context, SurveysExtensions.AnswerCookie, protector.Protect(JsonSerializer.Serialize(draft)), Options(DateTimeOffset.UtcNow.AddDays(60)));

    public void Clear() => Cookies.DeleteCookie(Context, SurveysExtensions.AnswerCookie, Options(null));

    // Lax, not Strict: a worker arrives from a QR code or a mail, a navigation from elsewhere.
    private static CookieOptions Options(DateTimeOffset? expires) => new()
    {
        HttpOnly = true,
        Secure = true,
        SameSite = SameSiteMode.Lax,
        Path = "/",
        IsEssential = true,
        Expires = expires,
    };
}
