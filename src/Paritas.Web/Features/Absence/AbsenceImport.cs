using Paritas.Web.Data;

namespace Paritas.Web.Features.Absence;

/// <summary>The record that an import replaced a period's aggregates: when, by whom, and counts only.</summary>
public sealed class AbsenceImport : IOrganisationOwned
{
    private AbsenceImport()
    {
    }

    public AbsenceImport(Guid organisationId, DateOnly firstMonth, DateOnly lastMonth, Guid? importedBy, DateTimeOffset importedAt, int spells, int employments, int droppedRows, string droppedByReason)
    {
        Id = Guid.NewGuid();
        OrganisationId = organisationId;
        FirstMonth = firstMonth;
        LastMonth = lastMonth;
        ImportedBy = importedBy;
        ImportedAt = importedAt;
        Spells = spells;
        Employments = employments;
        DroppedRows = droppedRows;
        DroppedByReason = droppedByReason;
    }

    public Guid Id { get; private set; }

    public Guid OrganisationId { get; private set; }

    public DateOnly FirstMonth { get; private set; }

    public DateOnly LastMonth { get; private set; }

    public Guid? ImportedBy { get; private set; }

    public DateTimeOffset ImportedAt { get; private set; }

    public int Spells { get; private set; }

    public int Employments { get; private set; }

    public int DroppedRows { get; private set; }

    /// <summary>"reason=count;…" for rows dropped when good rows were accepted; reasons only, never values.</summary>
    public string DroppedByReason { get; private set; } = "";
}
