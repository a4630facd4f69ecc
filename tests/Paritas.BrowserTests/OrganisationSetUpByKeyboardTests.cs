using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Paritas.BrowserTests.Harness;

namespace Paritas.BrowserTests;

/// <summary>
/// The organisation administrator sets up the organisation with the keyboard alone: Tab and Shift+Tab to
/// move, typing, Enter and Space to act, arrow keys in selects and radio groups. Nothing is clicked; the
/// locators only check where the focus is and what each step did.
/// </summary>
public sealed class OrganisationSetUpByKeyboardTests(ParitasApp app) : BrowserTest(app)
{
    private const string Administrator = "orgadmin@demo.paritas.test";

    [Fact]
    public async Task An_organisation_administrator_using_only_a_keyboard_sets_up_units_groups_a_committee_and_invites_a_person()
    {
        // Every run of the suite starts from the demo data, but names stay distinct so a failure is easy to read in the app's log.
        var mark = Guid.NewGuid().ToString("N")[..6];
        var page = await SignedInPageAsync(Administrator);
        var keyboard = new KeyboardUser(page);
        var main = page.GetByRole(AriaRole.Main);
        var menu = page.GetByRole(AriaRole.Navigation, new() { Name = "Main menu" });
        var heading = main.GetByRole(AriaRole.Heading, new() { Level = 1 });
        var notice = main.GetByRole(AriaRole.Status);

        // A unit under Health and social care.
        await keyboard.TabToAsync(menu.GetByRole(AriaRole.Link, new() { Name = "Units", Exact = true }));
        await keyboard.PressAsync("Enter");
        await Assertions.Expect(heading).ToHaveTextAsync("Units");
        await AssertAccessibleAsync(page);

        await keyboard.TabToAsync(main.GetByRole(AriaRole.Link, new() { Name = "Add a unit", Exact = true }));
        await keyboard.PressAsync("Enter");
        await Assertions.Expect(heading).ToHaveTextAsync("Add a unit");
        await AssertAccessibleAsync(page);

        var code = $"KBD-{mark}";
        var name = $"Keyboard home care {mark}";
        await keyboard.TabToAsync(page.GetByLabel("Code", new() { Exact = true }));
        await keyboard.TypeAsync(code);
        await keyboard.TabAsync(page.GetByLabel("Name", new() { Exact = true }));
        await keyboard.TypeAsync(name);
        var sector = page.GetByLabel("Sector", new() { Exact = true });
        await keyboard.TabAsync(sector);
        await keyboard.ChooseAsync(sector, "Health and social care");
        await keyboard.TabAsync(page.GetByLabel("Headcount", new() { Exact = true }));
        await keyboard.TypeAsync("12");
        var parent = page.GetByLabel("Parent unit", new() { Exact = true });
        await keyboard.TabAsync(parent);
        await keyboard.ChooseAsync(parent, "HSC – Health and social care");
        await keyboard.TabToAsync(main.GetByRole(AriaRole.Button, new() { Name = "Add unit", Exact = true }));
        await keyboard.PressAsync("Enter");

        await Assertions.Expect(heading).ToHaveTextAsync("Units");
        await Assertions.Expect(notice).ToHaveTextAsync("The unit was added.");
        var underHealth = main.Locator("li:has(> a:text-is('Health and social care')) > ul > li");
        await Assertions.Expect(underHealth.GetByRole(AriaRole.Link, new() { Name = name, Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(underHealth.Filter(new() { HasText = name })).ToContainTextAsync(code);
        await AssertAccessibleAsync(page);

        // Edit it: a new name and headcount.
        var newName = $"Keyboard home care east {mark}";
        await keyboard.TabToAsync(main.GetByRole(AriaRole.Link, new() { Name = name, Exact = true }));
        await keyboard.PressAsync("Enter");
        await Assertions.Expect(heading).ToHaveTextAsync(name);
        await AssertAccessibleAsync(page);

        await keyboard.TabToAsync(page.GetByLabel("Name", new() { Exact = true }));
        await keyboard.TypeAsync(newName);
        await keyboard.TabAsync(page.GetByLabel("Sector", new() { Exact = true }));
        await keyboard.TabAsync(page.GetByLabel("Headcount", new() { Exact = true }));
        await keyboard.TypeAsync("15");
        await keyboard.TabToAsync(main.GetByRole(AriaRole.Button, new() { Name = "Save changes", Exact = true }));
        await keyboard.PressAsync("Enter");

        await Assertions.Expect(notice).ToHaveTextAsync("The unit was saved.");
        await Assertions.Expect(heading).ToHaveTextAsync(newName);
        await Assertions.Expect(page.GetByLabel("Headcount", new() { Exact = true })).ToHaveValueAsync("15");
        await Assertions.Expect(page.GetByLabel("Parent unit", new() { Exact = true }).Locator("option:checked")).ToContainTextAsync("HSC – Health and social care");
        await AssertAccessibleAsync(page);

        // A workforce group in the age band dimension.
        await keyboard.ShiftTabToAsync(menu.GetByRole(AriaRole.Link, new() { Name = "Workforce dimensions", Exact = true }));
        await keyboard.PressAsync("Enter");
        await Assertions.Expect(heading).ToHaveTextAsync("Workforce dimensions");
        await AssertAccessibleAsync(page);

        await keyboard.TabToAsync(main.GetByRole(AriaRole.Link, new() { Name = "Change Age band", Exact = true }));
        await keyboard.PressAsync("Enter");
        await Assertions.Expect(heading).ToHaveTextAsync(new Regex("^Age band"));
        await AssertAccessibleAsync(page);

        var groupCode = $"60+{mark}";
        var groupName = $"60 and over {mark}";
        await keyboard.TabToAsync(page.GetByLabel("Code", new() { Exact = true }));
        await keyboard.TypeAsync(groupCode);
        await keyboard.TabAsync(page.GetByLabel("Name", new() { Exact = true }).First);
        await keyboard.TypeAsync(groupName);
        await keyboard.TabAsync(main.GetByRole(AriaRole.Button, new() { Name = "Add group", Exact = true }));
        await keyboard.PressAsync("Enter");

        await Assertions.Expect(notice).ToHaveTextAsync("The group was added.");
        var groups = main.GetByRole(AriaRole.Table, new() { Name = "Groups of Age band" });
        await Assertions.Expect(groups.GetByRole(AriaRole.Row).Filter(new() { HasText = groupName })).ToContainTextAsync(groupCode);
        await AssertAccessibleAsync(page);

        // A joint committee with a member on each side.
        var committee = $"Keyboard committee {mark}";
        await keyboard.ShiftTabToAsync(menu.GetByRole(AriaRole.Link, new() { Name = "Joint committees", Exact = true }));
        await keyboard.PressAsync("Enter");
        await Assertions.Expect(heading).ToHaveTextAsync("Joint committees");
        await AssertAccessibleAsync(page);

        await keyboard.TabToAsync(page.GetByLabel("Name", new() { Exact = true }));
        await keyboard.TypeAsync(committee);
        await keyboard.TabAsync(main.GetByRole(AriaRole.Button, new() { Name = "Set up committee", Exact = true }));
        await keyboard.PressAsync("Enter");

        await Assertions.Expect(heading).ToHaveTextAsync(committee);
        await Assertions.Expect(notice).ToHaveTextAsync("The committee was set up. Now add its members from both sides.");
        await AssertAccessibleAsync(page);

        await AddMemberAsync(keyboard, page, "Eva Employer (Employer representative)", "Employer", "Chair");
        await AddMemberAsync(keyboard, page, "Sam Steward (Workers' representative)", "Workers", "Shop steward");
        var members = main.GetByRole(AriaRole.Table, new() { Name = $"Members of {committee}" });
        await Assertions.Expect(members.GetByRole(AriaRole.Row)).ToHaveCountAsync(3);
        await Assertions.Expect(members.GetByRole(AriaRole.Row).Nth(1).GetByRole(AriaRole.Cell))
            .ToHaveTextAsync([new Regex("^Eva Employer$"), new Regex("^Employer$"), new Regex("^Chair$"), new Regex("^Change or remove")]);
        await Assertions.Expect(members.GetByRole(AriaRole.Row).Nth(2).GetByRole(AriaRole.Cell))
            .ToHaveTextAsync([new Regex("^Sam Steward$"), new Regex("^Workers$"), new Regex("^Shop steward$"), new Regex("^Change or remove")]);

        // An invitation, read from the mail pickup folder.
        var invitee = $"kim.keyboard.{mark}@example.org";
        await keyboard.ShiftTabToAsync(menu.GetByRole(AriaRole.Link, new() { Name = "People", Exact = true }));
        await keyboard.PressAsync("Enter");
        await Assertions.Expect(heading).ToHaveTextAsync("People");
        await AssertAccessibleAsync(page);

        await keyboard.TabToAsync(main.GetByRole(AriaRole.Link, new() { Name = "Invite a person", Exact = true }));
        await keyboard.PressAsync("Enter");
        await Assertions.Expect(heading).ToHaveTextAsync("Invite a person");
        await AssertAccessibleAsync(page);

        await keyboard.TabToAsync(page.GetByLabel("Name", new() { Exact = true }));
        await keyboard.TypeAsync("Kim Keyboard");
        await keyboard.TabAsync(page.GetByLabel("Email address", new() { Exact = true }));
        await keyboard.TypeAsync(invitee);
        var role = page.GetByLabel("Role", new() { Exact = true });
        await keyboard.TabAsync(role);
        await keyboard.ChooseAsync(role, "Employer representative");
        await keyboard.TabAsync(main.GetByRole(AriaRole.Button, new() { Name = "Send invitation", Exact = true }));
        await keyboard.PressAsync("Enter");

        await Assertions.Expect(heading).ToHaveTextAsync("People");
        await Assertions.Expect(notice).ToContainTextAsync($"An invitation was sent to {invitee}.");
        await AssertAccessibleAsync(page);

        var mail = await Mailbox.NewestToAsync(invitee);
        Assert.Equal("Invitation to Demo municipality on Paritas", mail.Subject);
        Assert.Contains("Hello Kim Keyboard,", mail.TextBody, StringComparison.Ordinal);
        var link = mail.FirstLink;
        Assert.Equal("/Account/AcceptInvitation", link.AbsolutePath);

        // The invited person accepts in a browser of their own and is asked to set up an authenticator next.
        var invited = await NewPageAsync();
        var theirKeyboard = new KeyboardUser(invited);
        await invited.GotoAsync(link.ToString());
        var theirHeading = invited.GetByRole(AriaRole.Heading, new() { Level = 1 });
        await Assertions.Expect(theirHeading).ToHaveTextAsync("Join Demo municipality on Paritas");
        await Assertions.Expect(invited.GetByRole(AriaRole.Main)).ToContainTextAsync(invitee);
        await AssertAccessibleAsync(invited);

        await theirKeyboard.TabToAsync(invited.GetByLabel("Your name", new() { Exact = true }));
        await theirKeyboard.TypeAsync("Kim Keyboard");
        await theirKeyboard.TabAsync(invited.GetByLabel("Password", new() { Exact = true }));
        await theirKeyboard.TypeAsync("kim keyboard passphrase");
        await theirKeyboard.TabAsync(invited.GetByRole(AriaRole.Button, new() { Name = "Create account and join", Exact = true }));
        await theirKeyboard.PressAsync("Enter");

        await invited.WaitForURLAsync(new Regex("/Account/SetupAuthenticator"));
        await Assertions.Expect(theirHeading).ToHaveTextAsync("Set up your authenticator app");
        await Assertions.Expect(invited.GetByTestId("authenticator-key")).ToHaveTextAsync(new Regex("^[A-Z2-7]{16,}$"));
        await AssertAccessibleAsync(invited);
    }

    /// <summary>On a committee's page: chooses a person, a side (radio buttons, by arrow keys) and a role, and adds the seat.</summary>
    private async Task AddMemberAsync(KeyboardUser keyboard, IPage page, string person, string side, string role)
    {
        var main = page.GetByRole(AriaRole.Main);
        var choosePerson = page.GetByLabel("Person", new() { Exact = true });
        await keyboard.TabToAsync(choosePerson);
        await keyboard.ChooseAsync(choosePerson, person);

        // Tab enters a radio group at its chosen button, or its first when none is chosen; arrows move and choose.
        var sides = main.GetByRole(AriaRole.Group, new() { Name = "Side" });
        var employer = sides.GetByRole(AriaRole.Radio, new() { Name = "Employer", Exact = true });
        var wanted = sides.GetByRole(AriaRole.Radio, new() { Name = side, Exact = true });
        await keyboard.TabAsync(employer);
        if (side == "Employer")
        {
            await keyboard.PressAsync("Space");
        }
        else
        {
            await keyboard.PressAsync("ArrowDown");
            await Assertions.Expect(wanted).ToBeFocusedAsync();
        }

        await Assertions.Expect(wanted).ToBeCheckedAsync();
        var chooseRole = page.GetByLabel("Role in the committee", new() { Exact = true });
        await keyboard.TabAsync(chooseRole);
        await keyboard.ChooseAsync(chooseRole, role);
        await keyboard.TabAsync(main.GetByRole(AriaRole.Button, new() { Name = "Add member", Exact = true }));
        await keyboard.PressAsync("Enter");

        await Assertions.Expect(main.GetByRole(AriaRole.Status)).ToHaveTextAsync("The member was added.");
        await AssertAccessibleAsync(page);
    }
}
