using Paritas.Web.Data;

namespace Paritas.Web.Features.Training;

/// <summary>The record that an import replaced a period's delivered hours: when, by whom, and counts only.</summary>
public sealed class TrainingImport : IOrganisationOwned
{
    private TrainingImport()
    {
    }

    public TrainingImport(Guid organisationId, DateOnly firstMonth, DateOnly lastMonth, Guid? importedBy, DateTimeOffset importedAt, int rows, int cells)
    {
        Id = Guid.NewGuid();
        OrganisationId = organisationId;
        FirstMonth = firstMonth;
        LastMonth = lastMonth;
        ImportedBy = importedBy;
        ImportedAt = importedAt;
        Rows = rows;
        Cells = cells;
    }

    public Guid Id { get; private set; }

    public Guid OrganisationId { get; private set; }

    public DateOnly FirstMonth { get; private set; }

    public DateOnly LastMonth { get; private set; }

    public Guid? ImportedBy { get; private set; }

    public DateTimeOffset ImportedAt { get; private set; }

    public int Rows { get; private set; }

    public int Cells { get; private set; }
}
