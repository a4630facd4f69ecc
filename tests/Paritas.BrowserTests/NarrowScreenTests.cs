using Microsoft.Playwright;
using Paritas.BrowserTests.Harness;

namespace Paritas.BrowserTests;

/// <summary>WCAG 1.4.10 Reflow: at 320 CSS px nothing scrolls sideways, and the skip link still leads to the content.</summary>
public sealed class NarrowScreenTests(ParitasApp app) : BrowserTest(app)
{
    [Fact]
    public async Task At_320_pixels_sign_in_and_start_pages_fit_and_the_skip_link_comes_first()
    {
        var page = await NewPageAsync(new BrowserNewContextOptions
        {
            Locale = "en-GB",
            ViewportSize = new ViewportSize { Width = 320, Height = 640 },
            ScreenSize = new ScreenSize { Width = 320, Height = 640 },
            DeviceScaleFactor = 2,
            IsMobile = true,
            HasTouch = true,
        });

        await page.GotoAsync("/Account/SignIn");
        await AssertFitsAndSkipsToMainAsync(page);

        await SignInAsync(page, "viewer@demo.paritas.test");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Start page for the viewer");
        await AssertFitsAndSkipsToMainAsync(page);
    }

    private async Task AssertFitsAndSkipsToMainAsync(IPage page)
    {
        var widths = await page.EvaluateAsync<int[]>("() => [document.scrollingElement.scrollWidth, document.scrollingElement.clientWidth]");
        var (scrollWidth, clientWidth) = (widths[0], widths[1]);
        Assert.True(scrollWidth <= clientWidth, $"{page.Url} is {scrollWidth} CSS px wide on a {clientWidth} px screen: it scrolls sideways.");

        await page.Keyboard.PressAsync("Tab");
        var skipLink = page.GetByRole(AriaRole.Link, new() { Name = "Skip to main content" });
        await Assertions.Expect(skipLink).ToBeFocusedAsync();
        await Assertions.Expect(skipLink).ToBeInViewportAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.GetByRole(AriaRole.Main)).ToBeFocusedAsync();
        await AssertAccessibleAsync(page);
    }
}
