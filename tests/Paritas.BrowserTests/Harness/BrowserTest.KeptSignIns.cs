using System.Runtime.CompilerServices;
using Microsoft.Playwright;

namespace Paritas.BrowserTests.Harness;

public abstract partial class BrowserTest
{
    // Signing in takes a password, a one-time code (two a minute per account at most) and axe on every
    // page on the way; a class that reads many pages as one account signs it in once and reuses the session.
    private static readonly ConditionalWeakTable<ParitasApp, Dictionary<string, Cookie[]>> KeptSignIns = new();

    /// <summary>
    /// A fresh desktop page speaking <paramref name="locale"/>, signed in as the demo account with the
    /// session of an earlier sign-in in this run, or through the sign-in form if there is none or it ended.
    /// It is on the start page. The language comes from the page's locale, not from the earlier sign-in.
    /// </summary>
    protected async Task<IPage> SignedInPageAsync(string email, string locale = ParitasApp.DefaultLocale)
    {
        ArgumentNullException.ThrowIfNull(email);
        var kept = KeptSignIns.GetValue(App, _ => new Dictionary<string, Cookie[]>(StringComparer.OrdinalIgnoreCase));
        var page = await NewPageAsync(locale);
        if (kept.TryGetValue(email, out var cookies))
        {
            await page.Context.AddCookiesAsync(cookies);
            await page.GotoAsync("/Start");
            if (new Uri(page.Url).AbsolutePath == "/Start")
            {
                return page;
            }

            await page.Context.ClearCookiesAsync();
        }

        await SignInAsync(page, email, ShellWords.For(locale));
        kept[email] = (await page.Context.CookiesAsync())
            .Where(c => c.Name != LanguageCookie)
            .Select(c => new Cookie
            {
                Name = c.Name,
                Value = c.Value,
                Domain = c.Domain,
                Path = c.Path,
                Expires = c.Expires,
                HttpOnly = c.HttpOnly,
                Secure = c.Secure,
                SameSite = c.SameSite,
            })
            .ToArray();
        return page;
    }

    // src/Paritas.Web/Features/Shared/ShellExtensions.cs: a language chosen on one page would override the locale of the next.
    private const string LanguageCookie = "__Host-paritas-lang";
}
