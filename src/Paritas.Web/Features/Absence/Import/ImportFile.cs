namespace Paritas.Web.Features.Absence.Import;

public enum ImportFile
{
    Spells,
    Workforce,

    /// <summary>Training hours delivered (the training feature's import).</summary>
    TrainingHours,
}
