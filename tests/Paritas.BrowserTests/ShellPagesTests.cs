using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Paritas.BrowserTests.Harness;

namespace Paritas.BrowserTests;

/// <summary>Every page of the shell, in English and in German, read as a person reads it and checked with axe.</summary>
public sealed class ShellPagesTests(ParitasApp app) : BrowserTest(app)
{
    // The OSH officer's account gets wrong codes here: two of them stay well under the lockout.
    private const string CodeAccount = "osh@demo.paritas.test";

    [Theory]
    [InlineData("en-GB")]
    [InlineData("de-DE")]
    public async Task The_public_pages_speak_the_visitors_language(string locale)
    {
        var words = ShellWords.For(locale);
        var page = await NewPageAsync(locale);

        foreach (var (path, heading) in new[]
        {
            ("/", words.HomeHeading),
            ("/Accessibility", words.AccessibilityHeading),
            ("/Privacy", words.PrivacyHeading),
            ("/Account/SignIn", words.SignIn),
        })
        {
            var response = await page.GotoAsync(path);

            Assert.Equal(200, response?.Status);
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(heading);
            await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", words.Language);
            await AssertAccessibleAsync(page);
        }
    }

    [Theory]
    [InlineData("en-GB")]
    [InlineData("de-DE")]
    public async Task A_page_that_does_not_exist_says_so_in_the_visitors_language(string locale)
    {
        var words = ShellWords.For(locale);
        var page = await NewPageAsync(locale);
        // Signed out, every address but the public pages leads to signing in, existing or not.
        await SignInAsync(page, "viewer@demo.paritas.test", words);

        var response = await page.GotoAsync("/no-such-page");

        Assert.Equal(404, response?.Status);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(words.PageNotFound);
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", words.Language);
        await AssertAccessibleAsync(page);
    }

    [Theory]
    [InlineData("en-GB")]
    [InlineData("de-DE")]
    public async Task Signing_in_with_nothing_filled_in_shows_an_error_summary_that_leads_to_each_field(string locale)
    {
        var words = ShellWords.For(locale);
        var page = await NewPageAsync(locale);
        await page.GotoAsync("/Account/SignIn");

        await page.GetByRole(AriaRole.Button, new() { Name = words.SignIn, Exact = true }).ClickAsync();

        // GOV.UK error summary: announced, focused, first on the page, one link per field in error.
        var summary = page.GetByRole(AriaRole.Alert);
        await Assertions.Expect(summary).ToBeFocusedAsync();
        await Assertions.Expect(summary.GetByRole(AriaRole.Heading, new() { Level = 2 })).ToHaveTextAsync(words.ThereIsAProblem);
        await Assertions.Expect(summary.GetByRole(AriaRole.Link)).ToHaveTextAsync([words.EnterEmail, words.EnterPassword]);
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", words.Language);

        var email = page.GetByLabel(words.EmailAddress, new() { Exact = true });
        var password = page.GetByLabel(words.Password, new() { Exact = true });
        await Assertions.Expect(email).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(email).ToHaveAccessibleDescriptionAsync($"{words.ErrorPrefix} {words.EnterEmail}");
        await Assertions.Expect(password).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(password).ToHaveAccessibleDescriptionAsync($"{words.ErrorPrefix} {words.EnterPassword}");
        await AssertAccessibleAsync(page);

        await summary.GetByRole(AriaRole.Link, new() { Name = words.EnterPassword }).ClickAsync();
        await Assertions.Expect(password).ToBeFocusedAsync();
        await summary.GetByRole(AriaRole.Link, new() { Name = words.EnterEmail }).ClickAsync();
        await Assertions.Expect(email).ToBeFocusedAsync();
    }

    [Theory]
    [InlineData("en-GB")]
    [InlineData("de-DE")]
    public async Task A_viewer_reads_the_start_page_and_the_authenticator_set_up_in_their_language(string locale)
    {
        var words = ShellWords.For(locale);
        var page = await NewPageAsync(locale);

        // The viewer needs no second factor, so the set-up page stays open to look at, unfinished.
        await SignInAsync(page, "viewer@demo.paritas.test", words);

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(words.ViewerStartHeading);
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", words.Language);

        await page.GotoAsync("/Account/SetupAuthenticator");

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(words.SetUpHeading);
        await Assertions.Expect(page.GetByTestId("authenticator-key")).ToHaveTextAsync(new Regex("^[A-Z2-7]{16,}$"));
        await Assertions.Expect(page.GetByLabel(words.Code, new() { Exact = true })).ToBeEditableAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = words.Confirm, Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", words.Language);
        await AssertAccessibleAsync(page);
    }

    [Theory]
    [InlineData("en-GB")]
    [InlineData("de-DE")]
    public async Task A_wrong_code_on_the_second_factor_page_is_explained_at_the_field(string locale)
    {
        var words = ShellWords.For(locale);
        await EnsureAuthenticatorAsync(CodeAccount);
        var page = await NewPageAsync(locale);
        await page.GotoAsync("/Account/SignIn");
        await page.GetByLabel(words.EmailAddress, new() { Exact = true }).FillAsync(CodeAccount);
        await page.GetByLabel(words.Password, new() { Exact = true }).FillAsync(DemoPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = words.SignIn, Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(words.CodeHeading);
        await AssertAccessibleAsync(page);

        var code = page.GetByLabel(words.Code, new() { Exact = true });
        await code.FillAsync(App.Authenticators.WrongCode(CodeAccount));
        await page.GetByRole(AriaRole.Button, new() { Name = words.Continue, Exact = true }).ClickAsync();

        var summary = page.GetByRole(AriaRole.Alert);
        await Assertions.Expect(summary).ToBeFocusedAsync();
        await Assertions.Expect(summary.GetByRole(AriaRole.Heading, new() { Level = 2 })).ToHaveTextAsync(words.ThereIsAProblem);
        await Assertions.Expect(summary.GetByRole(AriaRole.Link)).ToHaveTextAsync([words.WrongCode]);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(words.CodeHeading);
        await Assertions.Expect(code).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(code).ToHaveAccessibleDescriptionAsync(new Regex(Regex.Escape($"{words.ErrorPrefix} {words.WrongCode}")));
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", words.Language);
        await AssertAccessibleAsync(page);

        await summary.GetByRole(AriaRole.Link, new() { Name = words.WrongCode }).ClickAsync();
        await Assertions.Expect(code).ToBeFocusedAsync();
    }
}
