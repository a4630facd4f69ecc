using Microsoft.Playwright;
using Paritas.BrowserTests.Harness;

namespace Paritas.BrowserTests;

public sealed class DemoRoleStartPageTests(ParitasApp app) : BrowserTest(app)
{
    private const string Committee = "Joint committee on digitalisation";

    /// <summary>Each demo account; its start page's heading; the organisations it may be in; its name on the committee, if it sits on it.</summary>
    public static TheoryData<string, string, string[], string?> DemoAccounts => new()
    {
        { "orgadmin@demo.paritas.test", "Start page for the organisation administrator", ["Demo municipality"], "Olav Organiser" },
        { "employer@demo.paritas.test", "Start page for the employer representative", ["Demo municipality"], "Eva Employer" },
        { "steward@demo.paritas.test", "Start page for the workers' representative", ["Demo municipality"], "Sam Steward" },
        { "agent@demo.paritas.test", "Start page for the digital agent", ["Demo municipality"], "Dina Digital" },
        { "osh@demo.paritas.test", "Start page for the OSH officer", ["Demo municipality"], "Oskar Safety" },
        // The analyst belongs to both municipalities and starts in either.
        { "analyst@demo.paritas.test", "Start page for the analyst", ["Demo municipality", "Second municipality"], null },
        { "viewer@demo.paritas.test", "Start page for the viewer", ["Demo municipality"], null },
        { "orgadmin@other.paritas.test", "Start page for the organisation administrator", ["Second municipality"], null },
    };

    [Theory]
    [MemberData(nameof(DemoAccounts))]
    public async Task Each_demo_role_signs_in_to_its_own_start_page(string email, string heading, string[] organisations, string? committeeName)
    {
        var page = await NewPageAsync();

        var secondStep = await SignInAsync(page, email);

        Assert.Equal(email.StartsWith("viewer@", StringComparison.Ordinal), secondStep == SecondStep.None);
        var main = page.GetByRole(AriaRole.Main);
        await Assertions.Expect(main.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(heading);
        var organisation = (await main.Locator("p.lead").InnerTextAsync()).Trim();
        Assert.Contains(organisation, organisations);
        if (organisations.Length > 1)
        {
            // Someone in several organisations sees which one they are in, and can switch.
            var switcher = page.GetByLabel("Organisation", new() { Exact = true });
            await Assertions.Expect(switcher.Locator("option")).ToHaveTextAsync(organisations.Order(StringComparer.Ordinal).ToArray());
            Assert.Equal(organisation, (await switcher.Locator("option:checked").InnerTextAsync()).Trim());
        }

        if (committeeName is not null)
        {
            var table = main.GetByRole(AriaRole.Table, new() { Name = Committee });
            await Assertions.Expect(table.GetByRole(AriaRole.Columnheader)).ToHaveTextAsync(["Name", "Side", "Role in the committee"]);
            await Assertions.Expect(table.GetByRole(AriaRole.Row).Filter(new() { HasText = committeeName })).ToHaveCountAsync(1);
            await Assertions.Expect(table.GetByRole(AriaRole.Row)).ToHaveCountAsync(6);
        }
        else if (organisation == "Second municipality")
        {
            await Assertions.Expect(main.GetByRole(AriaRole.Table)).ToHaveCountAsync(0);
        }
    }

    [Fact]
    public async Task The_platform_administrator_sets_up_an_authenticator_at_first_sign_in_and_reaches_platform_administration()
    {
        var page = await NewPageAsync();

        var secondStep = await SignInAsync(page, "admin@demo.paritas.test");

        Assert.Equal(SecondStep.SetUpAuthenticator, secondStep);
        var main = page.GetByRole(AriaRole.Main);
        await Assertions.Expect(main.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Platform administration");
        await Assertions.Expect(main.GetByRole(AriaRole.Link, new() { Name = "Manage countries, networks and organisations" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Main menu" }).GetByRole(AriaRole.Link, new() { Name = "Platform administration" }))
            .ToBeVisibleAsync();
    }
}
