using Microsoft.Playwright;
using Paritas.BrowserTests.Harness;

namespace Paritas.BrowserTests;

public sealed class AccessibilityStatementTests(ParitasApp app) : BrowserTest(app)
{
    [Fact]
    public async Task A_visitor_reads_the_accessibility_statement_in_English()
    {
        var page = await NewPageAsync("en-GB");

        var response = await page.GotoAsync("/accessibility");

        Assert.Equal(200, response?.Status);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Accessibility statement");
        Assert.StartsWith("en", await page.Locator("html").GetAttributeAsync("lang") ?? "", StringComparison.OrdinalIgnoreCase);
        await AssertAccessibleAsync(page);
    }

    [Fact]
    public async Task A_visitor_whose_browser_speaks_German_reads_it_in_German()
    {
        var page = await NewPageAsync("de-DE");

        var response = await page.GotoAsync("/accessibility");

        Assert.Equal(200, response?.Status);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Erklärung zur Barrierefreiheit");
        Assert.StartsWith("de", await page.Locator("html").GetAttributeAsync("lang") ?? "", StringComparison.OrdinalIgnoreCase);
        await AssertAccessibleAsync(page);
    }

    [Fact]
    public async Task On_a_phone_the_statement_fits_the_screen_without_sideways_scrolling()
    {
        var page = await NewPhonePageAsync();

        await page.GotoAsync("/accessibility");

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Accessibility statement");
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 0, $"The page is {overflow} CSS px wider than the 360 px screen (WCAG 1.4.10 Reflow).");
        await AssertAccessibleAsync(page);
    }
}
