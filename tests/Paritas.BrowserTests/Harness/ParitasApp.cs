using Microsoft.Playwright;

namespace Paritas.BrowserTests.Harness;

/// <summary>
/// One running application and one headless Chromium, shared by every test in the browser collection.
/// Tests never share a browser context: each gets fresh cookies and storage.
/// </summary>
public sealed class ParitasApp : IAsyncLifetime
{
    public const string DefaultLocale = "en-GB";

    // Debian's Chromium: Playwright drives it without `playwright install`.
    private const string ChromiumPath = "/usr/bin/chromium";

    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
    ];

    private AppServer? server;
    private IPlaywright? playwright;
    private IBrowser? browser;

    public AppServer Server => server ?? throw new InvalidOperationException("The application has not been started.");

    public Uri BaseAddress => Server.BaseAddress;

    public Mailbox Mailbox => new(Server.MailDirectory);

    public IBrowser Browser => browser ?? throw new InvalidOperationException("The browser has not been launched.");

    /// <summary>The demo accounts' authenticator apps, shared by all tests as the accounts are.</summary>
    public Authenticators Authenticators { get; } = new();

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"{ChromiumPath} is missing: install Debian's chromium package (test.sh does).");
        }

        server = await AppServer.StartAsync(CancellationToken.None);
        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ChromiumArgs,
        });
    }

    /// <summary>A desktop-sized browser context with its own cookies, speaking <paramref name="locale"/>.</summary>
    public Task<IBrowserContext> NewContextAsync(string locale = DefaultLocale) =>
        Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString(),
            IgnoreHTTPSErrors = true,
            Locale = locale,
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
        });

    /// <summary>A browser context with its own cookies, set up as <paramref name="options"/> say, on this application.</summary>
    public Task<IBrowserContext> NewContextAsync(BrowserNewContextOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.BaseURL = BaseAddress.ToString();
        options.IgnoreHTTPSErrors = true;
        return Browser.NewContextAsync(options);
    }

    /// <summary>A phone-sized (360×740) touch context, as a worker answering a survey would have.</summary>
    public Task<IBrowserContext> NewPhoneContextAsync(string locale = DefaultLocale) =>
        Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString(),
            IgnoreHTTPSErrors = true,
            Locale = locale,
            ViewportSize = new ViewportSize { Width = 360, Height = 740 },
            ScreenSize = new ScreenSize { Width = 360, Height = 740 },
            DeviceScaleFactor = 2,
            IsMobile = true,
            HasTouch = true,
        });

    public async Task DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.DisposeAsync();
        }

        playwright?.Dispose();
        if (server is not null)
        {
            await server.DisposeAsync();
        }
    }
}
