using Microsoft.Playwright;

namespace Paritas.BrowserTests.Harness;

/// <summary>
/// Someone who uses only the keyboard: moves the focus with Tab and Shift+Tab, types, and presses Enter,
/// Space and the arrow keys. Locators serve only to check where the focus is and what was chosen.
/// </summary>
public sealed class KeyboardUser(IPage page)
{
    private const int MostPresses = 120;

    /// <summary>Presses Tab until <paramref name="target"/> has the focus.</summary>
    public Task TabToAsync(ILocator target) => MoveFocusToAsync(target, "Tab");

    /// <summary>Presses Shift+Tab until <paramref name="target"/> has the focus.</summary>
    public Task ShiftTabToAsync(ILocator target) => MoveFocusToAsync(target, "Shift+Tab");

    /// <summary>Presses Tab once and checks that the focus moved to <paramref name="next"/>.</summary>
    public async Task TabAsync(ILocator next)
    {
        ArgumentNullException.ThrowIfNull(next);
        await page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(next).ToBeFocusedAsync();
    }

    /// <summary>Replaces the text of the focused field by <paramref name="text"/>, as typed.</summary>
    public async Task TypeAsync(string text)
    {
        await page.Keyboard.PressAsync("Control+A");
        await page.Keyboard.PressAsync("Delete");
        await page.Keyboard.TypeAsync(text);
    }

    public Task PressAsync(string key) => page.Keyboard.PressAsync(key);

    /// <summary>
    /// In the focused select, presses the up or down arrow key until the option whose text contains
    /// <paramref name="optionText"/> is chosen, as a keyboard user does without opening the list.
    /// </summary>
    public async Task ChooseAsync(ILocator select, string optionText)
    {
        ArgumentNullException.ThrowIfNull(select);
        await Assertions.Expect(select).ToBeFocusedAsync();
        var (current, wanted) = await select.EvaluateAsync<int[]>(
            "(s, text) => [s.selectedIndex, [...s.options].findIndex(o => o.text.includes(text))]", optionText) switch
        {
            [var c, var w] => (c, w),
            _ => throw new InvalidOperationException("The select did not answer with two indexes."),
        };
        Assert.True(wanted >= 0, $"The select {select} has no option with '{optionText}'.");
        var key = wanted > current ? "ArrowDown" : "ArrowUp";
        for (var i = 0; i < Math.Abs(wanted - current); i++)
        {
            await page.Keyboard.PressAsync(key);
        }

        await Assertions.Expect(select.Locator("option:checked")).ToContainTextAsync(optionText);
    }

    private async Task MoveFocusToAsync(ILocator target, string key)
    {
        ArgumentNullException.ThrowIfNull(target);
        await Assertions.Expect(target).ToBeVisibleAsync();
        for (var presses = 0; presses < MostPresses; presses++)
        {
            await page.Keyboard.PressAsync(key);
            if (await target.EvaluateAsync<bool>("e => e === document.activeElement"))
            {
                return;
            }
        }

        Assert.Fail($"{MostPresses} presses of {key} on {page.Url} never reached {target}.");
    }
}
