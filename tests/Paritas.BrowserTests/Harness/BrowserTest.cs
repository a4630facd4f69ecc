using Microsoft.Playwright;

namespace Paritas.BrowserTests.Harness;

/// <summary>
/// Base for browser tests: xunit makes a new instance per test, so each test gets its own
/// browser context (no cookies carried from another test), closed when the test ends.
/// </summary>
[Collection(BrowserSuite.Name)]
public abstract class BrowserTest(ParitasApp app) : IAsyncLifetime
{
    private readonly List<IBrowserContext> contexts = [];

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

    protected static Task AssertAccessibleAsync(IPage page) => Accessibility.AssertAccessibleAsync(page);

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
