namespace Paritas.Web.Features.Agreements;

/// <summary>
/// An agreement shipped as data (Templates/*.json, embedded in the assembly) that an organisation
/// imports and then adapts. The JSON uses these names in camelCase; enums are written by name.
/// </summary>
public sealed record AgreementTemplate(
    string Key,
    string Title,
    string Summary,
    string Language,
    IReadOnlyList<ClauseTemplate> Clauses,
    int? TrainingHoursPerMonth = null,
    int? TrainingHoursPerYear = null);
