using Paritas.Web.Data;

namespace Paritas.Web.Features.Absence;

/// <summary>
/// An organisation's saved translation from its HR system's words to ours: a column header to a
/// canonical column, or a local cause code to a cause. Saved once, used by every later import.
/// </summary>
public sealed class AbsenceMapping : IOrganisationOwned
{
    private AbsenceMapping()
    {
    }

    public AbsenceMapping(Guid organisationId, AbsenceMappingKind kind, string source, string target)
    {
        Id = Guid.NewGuid();
        OrganisationId = organisationId;
        Kind = kind;
        Source = source;
        Target = target;
    }

    public Guid Id { get; private set; }

    public Guid OrganisationId { get; private set; }

    public AbsenceMappingKind Kind { get; private set; }

    /// <summary>The header or code as the HR system writes it, trimmed and lower-cased.</summary>
    public string Source { get; private set; } = "";

    public string Target { get; private set; } = "";

    public void Retarget(string target) => Target = target;
}
