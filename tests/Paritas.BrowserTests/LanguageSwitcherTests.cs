using Microsoft.Playwright;
using Paritas.BrowserTests.Harness;

namespace Paritas.BrowserTests;

public sealed class LanguageSwitcherTests(ParitasApp app) : BrowserTest(app)
{
    [Fact]
    public async Task Without_JavaScript_a_visitor_switches_to_German_and_the_next_page_stays_German()
    {
        var page = await NewPageAsync(new BrowserNewContextOptions { Locale = "en-GB", JavaScriptEnabled = false });
        await page.GotoAsync("/Accessibility");
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await AssertAccessibleAsync(page);

        await page.GetByLabel("Language", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Deutsch" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Change language", Exact = true }).ClickAsync();

        // Back on the same page, now in German.
        await Assertions.Expect(page).ToHaveURLAsync(new Uri(App.BaseAddress, "/Accessibility").ToString());
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "de");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(ShellWords.German.AccessibilityHeading);
        await Assertions.Expect(page.GetByLabel("Sprache", new() { Exact = true }).Locator("option:checked")).ToHaveTextAsync("Deutsch");
        await AssertAccessibleAsync(page);

        // The browser still asks for English; the remembered choice wins.
        await page.GetByRole(AriaRole.Contentinfo).GetByRole(AriaRole.Link, new() { Name = ShellWords.German.PrivacyHeading }).ClickAsync();

        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "de");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(ShellWords.German.PrivacyHeading);
        await AssertAccessibleAsync(page);
    }
}
