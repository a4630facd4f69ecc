namespace Paritas.Web.Features.Organisations;

/// <summary>One reason a set-up change was refused: the field it concerns ("" for the whole form) and a message a person reads.</summary>
public sealed record SetupProblem(string Field, string Message);
