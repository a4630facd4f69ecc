using Paritas.Web.Data;

namespace Paritas.Web.Features.Surveys;

/// <summary>
/// One fielding of a survey. It opens when created: the units and workforce groups are frozen
/// then (<see cref="Population"/>), so later reorganisations do not move answers between cells.
/// Its dates are days: no time finer than the wave is kept anywhere about its answers (P2).
/// </summary>
public sealed class SurveyWave : IOrganisationOwned
{
    public const int LabelLength = 200;

    private SurveyWave()
    {
    }

    public SurveyWave(Guid organisationId, Guid surveyId, WaveKind kind, string label, DateOnly opensOn, DateOnly? closesOn, WavePopulation population)
    {
        Id = Guid.NewGuid();
        OrganisationId = organisationId;
        SurveyId = surveyId;
        Kind = kind;
        Label = label;
        OpensOn = opensOn;
        ClosesOn = closesOn;
        Status = WaveStatus.Open;
        Population = population.ToJson();
    }

    public Guid Id { get; private set; }

    public Guid OrganisationId { get; private set; }

    public Guid SurveyId { get; private set; }

    public WaveKind Kind { get; private set; }

    public string Label { get; private set; } = "";

    public DateOnly OpensOn { get; private set; }

    /// <summary>When it is planned to close; it closes when someone closes it.</summary>
    public DateOnly? ClosesOn { get; private set; }

    public WaveStatus Status { get; private set; }

    public DateOnly? ClosedOn { get; private set; }

    /// <summary>The frozen population as JSON (see <see cref="WavePopulation"/>).</summary>
    public string Population { get; private set; } = "";

    public Guid Version { get; private set; } = Guid.NewGuid();

    public bool IsOpen => Status == WaveStatus.Open;

    public WavePopulation ReadPopulation() => WavePopulation.FromJson(Population);

    public void Close(DateOnly on)
    {
        Status = WaveStatus.Closed;
        ClosedOn = on;
        Version = Guid.NewGuid();
    }
}
