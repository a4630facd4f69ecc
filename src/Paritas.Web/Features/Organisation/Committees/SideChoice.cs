namespace Paritas.Web.Features.Organisations.Committees;

/// <summary>The side radios of a committee seat form: which form field they post and what is chosen.</summary>
public sealed record SideChoice(string FieldName, string? Selected);
