using System.Text;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Paritas.BrowserTests.Harness;

public static class Accessibility
{
    private static readonly List<string> WcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

    /// <summary>Runs axe-core's WCAG 2.1 A and AA rules on the page as it is now and fails on any violation.</summary>
    public static async Task AssertAccessibleAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = WcagTags },
        });

        if (result.Violations is not { Length: > 0 } violations)
        {
            return;
        }

        var report = new StringBuilder()
            .Append("axe found ").Append(violations.Length).Append(" WCAG 2.1 A/AA violation(s) on ").AppendLine(page.Url);
        foreach (var violation in violations)
        {
            report.Append("- ").Append(violation.Id).Append(" (").Append(violation.Impact).Append("): ")
                .AppendLine(violation.Help);
            foreach (var node in violation.Nodes)
            {
                report.Append("    at ").AppendLine(node.Target?.ToString());
            }
        }

        Assert.Fail(report.ToString());
    }
}
