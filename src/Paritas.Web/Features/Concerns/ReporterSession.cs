using System.Security.Cryptography;

namespace Paritas.Web.Features.Concerns;

/// <summary>
/// A random, meaningless cookie for the reporter pages: the only thing rate limits and the receipt
/// throttle count by, so that no address is ever needed. It lives for the browser session.
/// </summary>
public static class ReporterSession
{
    public const string Cookie = "__Host-paritas-rs";
    public const string Cookieless = "no-session";

    public static string Of(HttpContext context)
        => context.Request.Cookies.TryGetValue(Cookie, out var value) && value.Length is > 10 and < 64 ? value : Cookieless;

    public static void Ensure(HttpContext context)
    {
        if (context.Request.Cookies.ContainsKey(Cookie))
        {
            return;
        }

        context.Response.Cookies.Append(Cookie, Convert.ToHexString(RandomNumberGenerator.GetBytes(16)), new CookieOptions
        {
            HttpOnly = true,
            Secure = true,
            SameSite = SameSiteMode.Strict,
            Path = "/",
            IsEssential = true,
        });
    }
}
