using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Paritas.BrowserTests.Harness;

/// <summary>
/// Base for browser tests: xunit makes a new instance per test, so each test gets its own
/// browser context (no cookies carried from another test), closed when the test ends.
/// </summary>
[Collection(BrowserSuite.Name)]
public abstract partial class BrowserTest(ParitasApp app) : IAsyncLifetime
{
    /// <summary>The password of every demo account (src/Paritas.Web/Features/Organisations/DemoSeed.cs).</summary>
    public const string DemoPassword = "paritas demo 2026";

    private readonly List<IBrowserContext> contexts = [];
    private readonly Dictionary<IBrowserContext, BrowserNewContextOptions> withoutScript = [];

    protected ParitasApp App { get; } = app;

    protected Mailbox Mailbox => App.Mailbox;

    /// <summary>A fresh desktop-sized page speaking <paramref name="locale"/>.</summary>
    protected async Task<IPage> NewPageAsync(string locale = ParitasApp.DefaultLocale)
    {
        var context = await App.NewContextAsync(locale);
        return await TrackAsync(context);
    }

    /// <summary>A fresh phone-sized (360×740) page speaking <paramref name="locale"/>.</summary>
    protected async Task<IPage> NewPhonePageAsync(string locale = ParitasApp.DefaultLocale)
    {
        var context = await App.NewPhoneContextAsync(locale);
        return await TrackAsync(context);
    }

    /// <summary>A fresh page in a context set up as <paramref name="options"/> say (JavaScript off, another size…).</summary>
    protected async Task<IPage> NewPageAsync(BrowserNewContextOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var context = await App.NewContextAsync(options);
        if (options.JavaScriptEnabled == false)
        {
            withoutScript[context] = options;
        }

        return await TrackAsync(context);
    }

    /// <summary>
    /// Runs axe on the page. axe is a script, so for a page whose context has JavaScript off it runs on
    /// a twin: the same address, cookies and language in a context with JavaScript on.
    /// </summary>
    protected async Task AssertAccessibleAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        if (!withoutScript.TryGetValue(page.Context, out var options))
        {
            await Accessibility.AssertAccessibleAsync(page);
            return;
        }

        await using var twin = await App.NewContextAsync(new BrowserNewContextOptions
        {
            Locale = options.Locale,
            ViewportSize = options.ViewportSize,
        });
        await twin.AddCookiesAsync((await page.Context.CookiesAsync()).Select(c => new Cookie
        {
            Name = c.Name,
            Value = c.Value,
            Domain = c.Domain,
            Path = c.Path,
            Expires = c.Expires,
            HttpOnly = c.HttpOnly,
            Secure = c.Secure,
            SameSite = c.SameSite,
        }));
        var twinPage = await twin.NewPageAsync();
        await twinPage.GotoAsync(page.Url);
        await Accessibility.AssertAccessibleAsync(twinPage);
    }

    /// <summary>
    /// Signs a demo account in through the sign-in form in the language of <paramref name="words"/>,
    /// then sets up its authenticator or enters a code when the application asks, checking every page
    /// on the way with axe. Ends on the start page and says which second step there was.
    /// </summary>
    protected async Task<SecondStep> SignInAsync(IPage page, string email, ShellWords? words = null)
    {
        ArgumentNullException.ThrowIfNull(page);
        words ??= ShellWords.English;
        await page.GotoAsync("/Account/SignIn");
        await AssertAccessibleAsync(page);
        await page.GetByLabel(words.EmailAddress, new() { Exact = true }).FillAsync(email);
        await page.GetByLabel(words.Password, new() { Exact = true }).FillAsync(DemoPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = words.SignIn, Exact = true }).ClickAsync();
        await page.WaitForURLAsync(AfterPasswordRegex());

        var step = new Uri(page.Url).AbsolutePath switch
        {
            "/Account/SetupAuthenticator" => SecondStep.SetUpAuthenticator,
            "/Account/SecondFactor" => SecondStep.Code,
            _ => SecondStep.None,
        };
        if (step != SecondStep.None)
        {
            await AssertAccessibleAsync(page);
            if (step == SecondStep.SetUpAuthenticator)
            {
                App.Authenticators.Remember(email, await page.GetByTestId("authenticator-key").InnerTextAsync());
            }

            await page.GetByLabel(words.Code, new() { Exact = true }).FillAsync(await App.Authenticators.NextCodeAsync(email));
            var button = step == SecondStep.SetUpAuthenticator ? words.Confirm : words.Continue;
            await page.GetByRole(AriaRole.Button, new() { Name = button, Exact = true }).ClickAsync();
            await page.WaitForURLAsync(StartPageRegex());
        }

        await AssertAccessibleAsync(page);
        return step;
    }

    /// <summary>Makes sure the demo account has set up its authenticator in this run, signing it in once aside if not.</summary>
    protected async Task EnsureAuthenticatorAsync(string email)
    {
        if (!App.Authenticators.IsSetUp(email))
        {
            await SignInAsync(await NewPageAsync(), email);
        }
    }

    [GeneratedRegex(@"^https?://[^/]+/(Account/SetupAuthenticator|Account/SecondFactor|Start)([?#]|$)")]
    private static partial Regex AfterPasswordRegex();

    [GeneratedRegex(@"^https?://[^/]+/Start([?#]|$)")]
    private static partial Regex StartPageRegex();

    private async Task<IPage> TrackAsync(IBrowserContext context)
    {
        contexts.Add(context);
        context.SetDefaultTimeout(15_000);
        context.SetDefaultNavigationTimeout(30_000);
        return await context.NewPageAsync();
    }

    public virtual Task InitializeAsync() => Task.CompletedTask;

    public virtual async Task DisposeAsync()
    {
        foreach (var context in contexts)
        {
            await context.DisposeAsync();
        }

        contexts.Clear();
    }
}
