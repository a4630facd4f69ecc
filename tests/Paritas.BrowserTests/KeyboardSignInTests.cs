using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Paritas.BrowserTests.Harness;

namespace Paritas.BrowserTests;

public sealed class KeyboardSignInTests(ParitasApp app) : BrowserTest(app)
{
    private const string Email = "agent@demo.paritas.test";

    [Fact]
    public async Task Someone_using_only_a_keyboard_signs_in_and_reaches_the_start_page()
    {
        var page = await NewPageAsync();
        await page.GotoAsync("/");
        await AssertAccessibleAsync(page);

        await TabToAsync(page, page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = "Sign in", Exact = true }));
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Sign in");
        await AssertAccessibleAsync(page);

        await TabToAsync(page, page.GetByLabel("Email address", new() { Exact = true }));
        await page.Keyboard.TypeAsync(Email);
        await page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(page.GetByLabel("Password", new() { Exact = true })).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync(DemoPassword);
        await page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true })).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");

        // The agent sets up an authenticator at first sign-in, or gives a code if another test did that already.
        var heading = page.GetByRole(AriaRole.Heading, new() { Level = 1 });
        await Assertions.Expect(heading).ToHaveTextAsync(new Regex("^(Set up your authenticator app|Enter the code from your authenticator app)$"));
        await AssertAccessibleAsync(page);
        if (await heading.InnerTextAsync() == "Set up your authenticator app")
        {
            App.Authenticators.Remember(Email, await page.GetByTestId("authenticator-key").InnerTextAsync());
        }

        await TabToAsync(page, page.GetByLabel("Code", new() { Exact = true }));
        await page.Keyboard.TypeAsync(await App.Authenticators.NextCodeAsync(Email));
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(heading).ToHaveTextAsync("Start page for the digital agent");
        await Assertions.Expect(page.GetByRole(AriaRole.Main).Locator("p.lead")).ToHaveTextAsync("Demo municipality");
        await AssertAccessibleAsync(page);
    }

    /// <summary>Presses Tab, as a keyboard user does, until <paramref name="target"/> has the focus.</summary>
    private static async Task TabToAsync(IPage page, ILocator target)
    {
        await Assertions.Expect(target).ToBeVisibleAsync();
        for (var presses = 0; presses < 40; presses++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await target.EvaluateAsync<bool>("e => e === document.activeElement"))
            {
                return;
            }
        }

        Assert.Fail($"40 presses of Tab on {page.Url} never reached {target}.");
    }
}
