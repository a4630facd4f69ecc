using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Paritas.BrowserTests.Harness;

public abstract partial class BrowserTest
{
    /// <summary>
    /// Checks what every page must be: its main heading, in the language of <paramref name="say"/>, the
    /// html lang of that language, and no axe violation.
    /// </summary>
    protected async Task AssertPageAsync(IPage page, InLanguage say, string heading)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(say);
        await Assertions.Expect(page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(heading);
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", say.Language);
        await AssertAccessibleAsync(page);
    }

    /// <summary>
    /// Checks a form sent back with errors in the GOV.UK pattern: the error summary has the focus and one
    /// link per message, each message is at its field, and the page still passes axe.
    /// </summary>
    protected async Task AssertErrorsAsync(IPage page, InLanguage say, params string[] messages)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(say);
        ArgumentNullException.ThrowIfNull(messages);
        var summary = page.GetByRole(AriaRole.Alert);
        await Assertions.Expect(summary).ToBeFocusedAsync();
        await Assertions.Expect(summary.GetByRole(AriaRole.Heading, new() { Level = 2 })).ToHaveTextAsync(say["There is a problem", "Es gibt ein Problem"]);
        await Assertions.Expect(summary.GetByRole(AriaRole.Link)).ToHaveCountAsync(messages.Length);
        var prefix = say["Error:", "Fehler:"];
        foreach (var message in messages)
        {
            await Assertions.Expect(summary.GetByRole(AriaRole.Link, new() { Name = message, Exact = true })).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Main).Locator(".field__error").Filter(new() { HasText = message }))
                .ToHaveTextAsync(new Regex("^" + Regex.Escape(prefix) + "\\s*" + Regex.Escape(message) + "$"));
        }

        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", say.Language);
        await AssertAccessibleAsync(page);
    }
}
