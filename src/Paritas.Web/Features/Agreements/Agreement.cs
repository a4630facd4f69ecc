using Paritas.Web.Data;

namespace Paritas.Web.Features.Agreements;

/// <summary>A collective agreement or policy of the organisation, made of clauses; only agreements in force create obligations.</summary>
public sealed class Agreement : IOrganisationOwned
{
    public const int TitleLength = 200;
    public const int SummaryLength = 2000;

    private Agreement()
    {
    }

    public Agreement(Guid organisationId, string title, string? summary, string language, string? templateKey, Guid createdByUserId, DateTimeOffset now)
    {
        Id = Guid.NewGuid();
        OrganisationId = organisationId;
        Title = title;
        Summary = summary;
        Language = language;
        TemplateKey = templateKey;
        CreatedByUserId = createdByUserId;
        CreatedAt = now;
        InForce = true;
    }

    public Guid Id { get; private set; }

    public Guid OrganisationId { get; private set; }

    public string Title { get; private set; } = "";

    public string? Summary { get; private set; }

    /// <summary>The language the clauses are written in (a culture name such as "en").</summary>
    public string Language { get; private set; } = "en";

    /// <summary>The shipped template it was imported from, if any.</summary>
    public string? TemplateKey { get; private set; }

    public bool InForce { get; private set; }

    /// <summary>Digital training each affected worker is owed, for the training feature: hours a month and a yearly plan.</summary>
    public int? TrainingHoursPerMonth { get; private set; }

    public int? TrainingHoursPerYear { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public Guid CreatedByUserId { get; private set; }

    public List<Clause> Clauses { get; private set; } = [];

    public List<Rule> Rules { get; private set; } = [];

    public void SetInForce(bool inForce) => InForce = inForce;

    public void SetTrainingEntitlement(int? hoursPerMonth, int? hoursPerYear)
    {
        TrainingHoursPerMonth = hoursPerMonth;
        TrainingHoursPerYear = hoursPerYear;
    }

    public Clause AddClause(string heading, string text)
    {
        var clause = new Clause(this, Clauses.Count + 1, heading, text);
        Clauses.Add(clause);
        return clause;
    }
}
