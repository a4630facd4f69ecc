namespace Paritas.Web.Features.Surveys;

/// <summary>
/// A parsed, validated instrument (docs/formats/survey-instrument.md): versioned, multilingual
/// scales and items. Built only by <see cref="InstrumentParser"/>, so every reference inside holds.
/// </summary>
public sealed record Instrument(
    string Id,
    string Version,
    IReadOnlyList<string> Languages,
    LocalText Title,
    LocalText Description,
    IReadOnlyList<InstrumentOptionSet> OptionSets,
    IReadOnlyList<InstrumentSection> Sections,
    IReadOnlyList<InstrumentScale> Scales,
    IReadOnlyList<InstrumentItem> Items)
{
    public string Key => $"{Id}@{Version}";

    public InstrumentOptionSet? OptionSet(string? id) => OptionSets.FirstOrDefault(o => o.Id == id);

    public IEnumerable<InstrumentItem> ItemsOf(InstrumentSection section) => Items.Where(i => i.Section == section.Id);

    public IEnumerable<InstrumentItem> ItemsOf(InstrumentScale scale) => Items.Where(i => i.Scale == scale.Id);
}
