namespace Paritas.Web.Features.Surveys;

/// <summary>A unit of the frozen tree, in tree order, with its depth for indenting.</summary>
public sealed record ResultUnit(string Code, string Name, int Depth);
