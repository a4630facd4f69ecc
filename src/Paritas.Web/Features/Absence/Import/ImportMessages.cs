namespace Paritas.Web.Features.Absence.Import;

/// <summary>One clear sentence per reason, in English; the pages pass them through the localizer as keys.</summary>
public static class ImportMessages
{
    public static string For(ImportProblemReason reason) => reason switch
    {
        ImportProblemReason.MissingColumn => "The file has no column for this. Map one of its columns to it, or add the column.",
        ImportProblemReason.UnreadableFile => "The file cannot be read from this row on: it is not valid CSV in UTF-8 or Windows-1252 (check quotes and line ends).",
        ImportProblemReason.EmptyFile => "The file is empty or has no header row.",
        ImportProblemReason.MissingEmployeeId => "The employee identifier is empty.",
        ImportProblemReason.UnknownUnit => "The unit code is not a unit of this organisation.",
        ImportProblemReason.BadDate => "The date is not a valid date in the declared format.",
        ImportProblemReason.EndBeforeStart => "The end date is before the start date.",
        ImportProblemReason.BadDegree => "The sick-leave degree must be a percentage from 1 to 100, or empty for 100.",
        ImportProblemReason.BadFte => "The FTE must be a number from 0 to 1.",
        ImportProblemReason.UnknownCause => "The cause is not msd, psychosocial, other or unknown, and no mapping for it is saved.",
        ImportProblemReason.SpellOutsideEmployment => "The spell falls, at least in part, outside any employment of this person in this unit.",
        ImportProblemReason.OverlappingSpells => "The spell overlaps another spell of the same person.",
        ImportProblemReason.OverlappingEmployments => "The employment overlaps another employment of the same person in the same unit.",
        ImportProblemReason.BadHours => "The hours must be a number above 0 and at most 24.",
        ImportProblemReason.BadActivity => "The activity must be 100 characters or fewer.",
        ImportProblemReason.OutsidePeriod => "The date is outside the declared period.",
        _ => "The row could not be used.",
    };

    public static string FileName(ImportFile file) => file switch
    {
        ImportFile.Spells => "Spells file",
        ImportFile.TrainingHours => "Training hours file",
        _ => "Workforce file",
    };
}
