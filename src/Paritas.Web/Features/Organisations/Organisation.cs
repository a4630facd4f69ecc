using Paritas.Statistics.Disclosure;

namespace Paritas.Web.Features.Organisations;

/// <summary>A municipality, region or agency: the tenant.</summary>
public sealed class Organisation
{
    public const int SurveyFloor = MinimumGroupSize.SurveyFloor;

    public const int HealthFloor = MinimumGroupSize.EmployeeFloor;

    private Organisation()
    {
    }

    public Organisation(string name, string slug, string countryCode)
    {
        Id = Guid.NewGuid();
        Name = name;
        Slug = slug;
        CountryCode = countryCode;
        CreatedAt = DateTimeOffset.UtcNow;
    }

    public Guid Id { get; private set; }

    public string Name { get; private set; } = "";

    /// <summary>A short, URL-safe, unique name used by the command line and the API.</summary>
    public string Slug { get; private set; } = "";

    public string CountryCode { get; private set; } = "";

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>The organisation's own minimum group for survey results; never below the floor.</summary>
    public int MinimumSurveyGroup { get; private set; } = SurveyFloor;

    /// <summary>The organisation's own minimum group for absence, health and training figures.</summary>
    public int MinimumHealthGroup { get; private set; } = HealthFloor;

    public List<OrganisationNetwork> Networks { get; private set; } = [];

    public void Rename(string name) => Name = name;

    /// <summary>An organisation may raise its minimum group sizes, never lower them below the floors.</summary>
    public void SetMinimumGroups(int survey, int health)
    {
        MinimumSurveyGroup = Math.Max(survey, SurveyFloor);
        MinimumHealthGroup = Math.Max(health, HealthFloor);
    }
}
