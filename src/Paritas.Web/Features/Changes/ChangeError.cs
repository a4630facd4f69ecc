namespace Paritas.Web.Features.Changes;

/// <summary>A rule a submission broke: the field it concerns (as the API names it) and a message for a person.</summary>
public sealed record ChangeError(string Field, string Message);
