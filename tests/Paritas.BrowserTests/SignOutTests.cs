using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Paritas.BrowserTests.Harness;

namespace Paritas.BrowserTests;

public sealed class SignOutTests(ParitasApp app) : BrowserTest(app)
{
    [Fact]
    public async Task After_signing_out_going_back_to_the_start_page_asks_to_sign_in_again()
    {
        var page = await NewPageAsync();
        await SignInAsync(page, "employer@demo.paritas.test");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Start page for the employer representative");

        await page.GetByRole(AriaRole.Banner).GetByRole(AriaRole.Button, new() { Name = "Sign out", Exact = true }).ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new Uri(App.BaseAddress, "/").ToString());
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Govern digital change together");
        await Assertions.Expect(page.GetByRole(AriaRole.Banner).GetByRole(AriaRole.Button, new() { Name = "Sign out" })).ToHaveCountAsync(0);
        await AssertAccessibleAsync(page);

        await page.GoBackAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/Account/SignIn\\?ReturnUrl=%2FStart$", RegexOptions.IgnoreCase));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Sign in");
        await Assertions.Expect(page.GetByText("Employer representative")).ToHaveCountAsync(0);
        await AssertAccessibleAsync(page);
    }
}
