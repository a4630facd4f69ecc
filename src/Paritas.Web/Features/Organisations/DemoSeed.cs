using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Paritas.Web.Data;
using Paritas.Web.Features.Absence.Analysis;
using Paritas.Web.Features.Accounts;

namespace Paritas.Web.Features.Organisations;

/// <summary>
/// The demo a new developer or evaluator sees in Development: a municipality with a three-level
/// unit tree, a joint committee with both sides, one account per role, and a second
/// organisation to show that nothing crosses between them.
/// </summary>
public sealed class DemoSeed(AppDbContext db, UserManager<AppUser> users, DemoAbsence absence)
{
    public const string Password = "paritas demo 2026";
    public const string DemoSlug = "demo";
    public const string OtherSlug = "other";

    public static readonly (string Email, string Name, Role? Role)[] Accounts =
    [
        ("admin@demo.paritas.test", "Ada Admin", null),
        ("orgadmin@demo.paritas.test", "Olav Organiser", Role.OrganisationAdministrator),
        ("employer@demo.paritas.test", "Eva Employer", Role.EmployerRepresentative),
        ("steward@demo.paritas.test", "Sam Steward", Role.WorkersRepresentative),
        ("agent@demo.paritas.test", "Dina Digital", Role.DigitalAgent),
        ("osh@demo.paritas.test", "Oskar Safety", Role.OshOfficer),
        ("analyst@demo.paritas.test", "Anna Analyst", Role.Analyst),
        ("viewer@demo.paritas.test", "Vic Viewer", Role.Viewer),
        ("orgadmin@other.paritas.test", "Otto Other", Role.OrganisationAdministrator),
    ];

    private static readonly (string Code, string Name)[] CountryList =
    [
        ("BE", "Belgium"), ("CA", "Canada"), ("DE", "Germany"), ("DK", "Denmark"), ("ES", "Spain"), ("FR", "France"),
        ("GB", "United Kingdom"), ("IT", "Italy"), ("NL", "Netherlands"), ("NO", "Norway"), ("SE", "Sweden"),
    ];

    public async Task<bool> SeedAsync(CancellationToken ct)
    {
        using var system = db.Tenant.EnterSystemScope();
        if (await db.Organisations.AnyAsync(o => o.Slug == DemoSlug, ct))
        {
            return false;
        }

        await EnsureCountriesAsync(db, ct);
        var network = new Network("Demo association of municipalities", NetworkKind.NationalAssociation, "NO");
        var demo = new Organisation("Demo municipality", DemoSlug, "NO");
        var other = new Organisation("Second municipality", OtherSlug, "SE");
        db.Networks.Add(network);
        db.Organisations.AddRange(demo, other);
        db.OrganisationNetworks.AddRange(
            new OrganisationNetwork { OrganisationId = demo.Id, NetworkId = network.Id },
            new OrganisationNetwork { OrganisationId = other.Id, NetworkId = network.Id });

        var units = DemoUnits(demo.Id);
        db.Units.AddRange(units);
        db.Units.AddRange(
            new Unit(other.Id, "OTH", "Second municipality", Sector.Administration, 0, null),
            new Unit(other.Id, "OTH-SCH", "Schools", Sector.EducationAndCulture, 120, null));

        AddDimensions(demo.Id);
        AddDimensions(other.Id);
        await db.SaveChangesAsync(ct);

        var people = new Dictionary<string, AppUser>();
        foreach (var (email, name, role) in Accounts)
        {
            var user = new AppUser { UserName = email, Email = email, DisplayName = name, EmailConfirmed = true, IsPlatformAdministrator = role is null };
            var created = await users.CreateAsync(user, Password);
            if (!created.Succeeded)
            {
                throw new InvalidOperationException("Demo account could not be created: " + string.Join("; ", created.Errors.Select(e => e.Code)));
            }

            people[email] = user;
            if (role is { } r)
            {
                db.Memberships.Add(new Membership(user.Id, email.EndsWith("@other.paritas.test", StringComparison.Ordinal) ? other.Id : demo.Id, r));
            }
        }

        // The analyst works across the network: a member of both organisations.
        db.Memberships.Add(new Membership(people["analyst@demo.paritas.test"].Id, other.Id, Role.Analyst));

        var committee = new JointCommittee(demo.Id, "Joint committee on digitalisation");
        db.JointCommittees.Add(committee);
        db.CommitteeMembers.AddRange(
            new CommitteeMember(committee, people["employer@demo.paritas.test"].Id, Side.Employer, CommitteeRole.Chair),
            new CommitteeMember(committee, people["orgadmin@demo.paritas.test"].Id, Side.Employer, CommitteeRole.Secretary),
            new CommitteeMember(committee, people["steward@demo.paritas.test"].Id, Side.Workers, CommitteeRole.ShopSteward),
            new CommitteeMember(committee, people["agent@demo.paritas.test"].Id, Side.Workers, CommitteeRole.DigitalAgent),
            new CommitteeMember(committee, people["osh@demo.paritas.test"].Id, Side.Workers, CommitteeRole.OshRepresentative));
        await db.SaveChangesAsync(ct);
        await absence.SeedAsync(demo.Id, people["employer@demo.paritas.test"].Id, ct);
        return true;
    }

    public static async Task EnsureCountriesAsync(AppDbContext db, CancellationToken ct)
    {
        var existing = await db.Countries.Select(c => c.Code).ToListAsync(ct);
        db.Countries.AddRange(CountryList.Where(c => !existing.Contains(c.Code)).Select(c => new Country(c.Code, c.Name)));
        await db.SaveChangesAsync(ct);
    }

    public static void PrintWelcome(ILogger logger)
    {
        var lines = string.Join(Environment.NewLine, Accounts.Select(a => $"  {a.Email,-32} {(a.Role is { } r ? RoleNames.Of(r) : "Platform administrator")}"));
        logger.LogInformation(
            "Demo: sign in with one of these accounts and the password \"{Password}\". Every role except viewer sets up an authenticator app at first sign-in.{NewLine}{Accounts}",
            Password, Environment.NewLine, lines);
    }

    private static List<Unit> DemoUnits(Guid organisationId)
    {
        var root = new Unit(organisationId, "DEMO", "Demo municipality", Sector.Administration, 0, null);
        var health = new Unit(organisationId, "HSC", "Health and social care", Sector.HealthAndSocialCare, 0, root.Id);
        var homeCare = new Unit(organisationId, "HSC-HOME", "Home care", Sector.HealthAndSocialCare, 0, health.Id);
        var education = new Unit(organisationId, "EDU", "Education and culture", Sector.EducationAndCulture, 0, root.Id);
        var admin = new Unit(organisationId, "ADM", "Central administration", Sector.Administration, 0, root.Id);
        var tech = new Unit(organisationId, "TEC", "Technical services", Sector.Utilities, 0, root.Id);
        return
        [
            root, health, homeCare, education, admin, tech,
            new Unit(organisationId, "HSC-HOME-N", "Home care north", Sector.HealthAndSocialCare, 64, homeCare.Id),
            new Unit(organisationId, "HSC-HOME-S", "Home care south", Sector.HealthAndSocialCare, 58, homeCare.Id),
            new Unit(organisationId, "HSC-NH", "Nursing home Solbakken", Sector.HealthAndSocialCare, 85, health.Id),
            new Unit(organisationId, "EDU-SCH1", "Lakeside school", Sector.EducationAndCulture, 47, education.Id),
            new Unit(organisationId, "EDU-LIB", "Public library", Sector.EducationAndCulture, 3, education.Id),
            new Unit(organisationId, "ADM-HR", "Human resources", Sector.Administration, 18, admin.Id),
            new Unit(organisationId, "ADM-CS", "Citizen service centre", Sector.Administration, 26, admin.Id),
            new Unit(organisationId, "TEC-WAT", "Water and waste water", Sector.Utilities, 31, tech.Id),
            new Unit(organisationId, "TEC-FIRE", "Fire and rescue", Sector.EmergencyServices, 40, tech.Id),
        ];
    }

    private void AddDimensions(Guid organisationId)
    {
        var occupation = new WorkforceDimension(organisationId, WorkforceDimensionKind.OccupationalGroup, "Occupational group");
        occupation.Groups.AddRange([
            new WorkforceGroup(occupation, "care", "Care workers"),
            new WorkforceGroup(occupation, "nurse", "Nurses"),
            new WorkforceGroup(occupation, "teacher", "Teachers"),
            new WorkforceGroup(occupation, "office", "Office staff"),
            new WorkforceGroup(occupation, "technical", "Technical staff"),
        ]);
        var gender = new WorkforceDimension(organisationId, WorkforceDimensionKind.Gender, "Gender");
        gender.Groups.AddRange([new WorkforceGroup(gender, "f", "Women"), new WorkforceGroup(gender, "m", "Men"), new WorkforceGroup(gender, "x", "Other or not stated")]);
        var age = new WorkforceDimension(organisationId, WorkforceDimensionKind.AgeBand, "Age band");
        age.Groups.AddRange([new WorkforceGroup(age, "<30", "Under 30"), new WorkforceGroup(age, "30-49", "30 to 49"), new WorkforceGroup(age, "50+", "50 and over")]);
        db.WorkforceDimensions.AddRange(occupation, gender, age);
    }
}
