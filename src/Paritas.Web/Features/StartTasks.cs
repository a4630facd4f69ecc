using Paritas.Web.Features.Accounts;

namespace Paritas.Web.Features;

public sealed record StartTask(string Title, string Description, string Href);

// What each role comes to do. The titles and descriptions are localisation keys.
public static class StartTasks
{
    public static IReadOnlyList<StartTask> For(Role role) => role switch
    {
        Role.OrganisationAdministrator =>
        [
            new("Digital changes", "Register digital changes and follow what each side owes around them.", "/Changes"),
            new("Units", "Keep the unit tree up to date, or import it from a CSV file.", "/Organisation/Units"),
            new("Workforce dimensions", "Define the coarse groups results may be broken down by.", "/Organisation/Dimensions"),
            new("Joint committees", "Set up the committees where both sides meet.", "/Organisation/Committees"),
            new("People", "Invite people and give them their roles.", "/Organisation/Members"),
            new("Organisation settings", "The organisation's name and its minimum group sizes.", "/Organisation/Settings"),
        ],
        Role.EmployerRepresentative or Role.WorkersRepresentative or Role.DigitalAgent =>
        [
            new("Digital changes", "Register digital changes and follow what each side owes around them.", "/Changes"),
            new("Joint committees", "See who sits on the joint committees for your organisation.", "/Start#committees"),
            new("Training ledger", "See the training owed and delivered per unit and group, and who gets less.", "/Training/Ledger"),
            new("API tokens", "Create a token to use Paritas from other programs.", "/Account/Tokens"),
        ],
        Role.OshOfficer =>
        [
            new("Digital changes", "See the digital changes, their stages and go-live dates.", "/Changes"),
            new("Joint committees", "See who sits on the joint committees for your organisation.", "/Start#committees"),
            new("API tokens", "Create a token to use Paritas from other programs.", "/Account/Tokens"),
        ],
        Role.Analyst =>
        [
            new("API tokens", "Create a token to read privacy-safe aggregates from other programs.", "/Account/Tokens"),
        ],
        _ => [new("Joint committees", "See who sits on the joint committees for your organisation.", "/Start#committees")],
    };
}
