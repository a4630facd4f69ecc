namespace Paritas.Web.Features.Surveys;

public sealed record InstrumentItem(string Id, string Section, ItemType Type, string? OptionSet, string? Scale, bool Reverse, LocalText Text);
