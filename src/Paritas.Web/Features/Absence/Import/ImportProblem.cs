namespace Paritas.Web.Features.Absence.Import;

/// <summary>
/// One problem: which file, which row (the header is row 1, as in a spreadsheet), which column
/// and why. Never the value: it could be an employee's identifier (P1).
/// </summary>
public sealed record ImportProblem(ImportFile File, long Row, string Column, ImportProblemReason Reason);
