using System.Text.Json;
using System.Text.RegularExpressions;

namespace Paritas.Web.Features.Surveys;

/// <summary>
/// Reads the instrument format of docs/formats/survey-instrument.md and checks every rule of it,
/// naming where each problem is, so an administrator importing a file learns all that is wrong at once.
/// </summary>
public static partial class InstrumentParser
{
    public const string Format = "paritas-survey-instrument/1";
    public const int MaximumBytes = 2_000_000;
    public const int TextAnswerLength = 2000;

    public static (Instrument? Instrument, IReadOnlyList<InstrumentProblem> Problems) Parse(string json)
    {
        var problems = new List<InstrumentProblem>();
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            return (null, [new("The file is not valid JSON (line {0}).", (e.LineNumber ?? 0) + 1)]);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return (null, [new("The file must hold one JSON object.")]);
            }

            if (Str(root, "format") != Format)
            {
                problems.Add(new("The field \"format\" must be \"{0}\".", Format));
            }

            var id = IdOf(root, "id", "instrument", problems);
            var version = Str(root, "version");
            if (string.IsNullOrWhiteSpace(version) || version.Length > 40)
            {
                problems.Add(new("The field \"version\" is missing."));
            }

            var languages = root.TryGetProperty("languages", out var langs) && langs.ValueKind == JsonValueKind.Array
                ? langs.EnumerateArray().Select(l => l.GetString() ?? "").ToList()
                : [];
            if (languages.Count == 0 || !languages.Contains("en"))
            {
                problems.Add(new("The field \"languages\" must list the languages of the file, English (\"en\") among them."));
            }

            var title = Text(root, "title", "instrument", languages, problems, required: true);
            var description = Text(root, "description", "instrument", languages, problems, required: false);

            var optionSets = new List<InstrumentOptionSet>();
            foreach (var (set, i) in Array(root, "optionSets"))
            {
                var setId = IdOf(set, "id", $"optionSets[{i}]", problems);
                var options = new List<InstrumentOption>();
                foreach (var (option, j) in Array(set, "options"))
                {
                    var where = $"option set \"{setId}\", option {j + 1}";
                    if (!option.TryGetProperty("value", out var v) || !v.TryGetInt32(out var value))
                    {
                        problems.Add(new("In {0}: \"value\" must be a whole number.", where));
                        continue;
                    }

                    double? score = null;
                    if (option.TryGetProperty("score", out var s) && s.ValueKind != JsonValueKind.Null)
                    {
                        if (!s.TryGetDouble(out var sv) || sv < 0 || sv > 100)
                        {
                            problems.Add(new("In {0}: \"score\" must be a number from 0 to 100, or null.", where));
                        }
                        else
                        {
                            score = sv;
                        }
                    }

                    if (options.Any(o => o.Value == value))
                    {
                        problems.Add(new("In {0}: the value {1} appears twice.", where, value));
                    }

                    options.Add(new InstrumentOption(value, score, Text(option, "label", where, languages, problems, required: true)));
                }

                if (options.Count < 2)
                {
                    problems.Add(new("The option set \"{0}\" needs at least two options.", setId));
                }

                Unique(optionSets.Select(o => o.Id), setId, "option set", problems);
                optionSets.Add(new InstrumentOptionSet(setId, options));
            }

            var sections = new List<InstrumentSection>();
            foreach (var (section, i) in Array(root, "sections"))
            {
                var sectionId = IdOf(section, "id", $"sections[{i}]", problems);
                Unique(sections.Select(s => s.Id), sectionId, "section", problems);
                sections.Add(new InstrumentSection(sectionId, Text(section, "title", $"section \"{sectionId}\"", languages, problems, required: true),
                    Text(section, "intro", $"section \"{sectionId}\"", languages, problems, required: false)));
            }

            if (sections.Count == 0)
            {
                problems.Add(new("The instrument needs at least one section."));
            }

            var scales = new List<InstrumentScale>();
            foreach (var (scale, i) in Array(root, "scales"))
            {
                var scaleId = IdOf(scale, "id", $"scales[{i}]", problems);
                var rule = Str(scale, "rule") switch
                {
                    "mean" => ScaleRule.Mean,
                    "any" => ScaleRule.Any,
                    _ => (ScaleRule?)null,
                };
                if (rule is null)
                {
                    problems.Add(new("In scale \"{0}\": \"rule\" must be \"mean\" or \"any\".", scaleId));
                }

                var share = 0.5;
                if (scale.TryGetProperty("minimumAnsweredShare", out var m) && (!m.TryGetDouble(out share) || share <= 0 || share > 1))
                {
                    problems.Add(new("In scale \"{0}\": \"minimumAnsweredShare\" must be more than 0 and at most 1.", scaleId));
                }

                Unique(scales.Select(s => s.Id), scaleId, "scale", problems);
                scales.Add(new InstrumentScale(scaleId, Text(scale, "title", $"scale \"{scaleId}\"", languages, problems, required: true), rule ?? ScaleRule.Mean, share));
            }

            var items = new List<InstrumentItem>();
            foreach (var (item, i) in Array(root, "items"))
            {
                var itemId = IdOf(item, "id", $"items[{i}]", problems);
                var where = $"item \"{itemId}\"";
                var type = Str(item, "type") switch
                {
                    "choice" => ItemType.Choice,
                    "text" => ItemType.Text,
                    _ => (ItemType?)null,
                };
                if (type is null)
                {
                    problems.Add(new("In {0}: \"type\" must be \"choice\" or \"text\".", where));
                }

                var section = Str(item, "section");
                if (!sections.Any(s => s.Id == section))
                {
                    problems.Add(new("In {0}: the section \"{1}\" does not exist.", where, section ?? ""));
                }

                var optionSet = Str(item, "optionSet");
                var scale = Str(item, "scale");
                if (type == ItemType.Choice && !optionSets.Any(o => o.Id == optionSet))
                {
                    problems.Add(new("In {0}: the option set \"{1}\" does not exist.", where, optionSet ?? ""));
                }

                if (scale is not null && !scales.Any(s => s.Id == scale))
                {
                    problems.Add(new("In {0}: the scale \"{1}\" does not exist.", where, scale));
                }

                if (scale is not null && type == ItemType.Text)
                {
                    problems.Add(new("In {0}: a free-text item cannot belong to a scale.", where));
                }

                var reverse = item.TryGetProperty("reverse", out var r) && r.ValueKind == JsonValueKind.True;
                Unique(items.Select(x => x.Id), itemId, "item", problems);
                items.Add(new InstrumentItem(itemId, section ?? "", type ?? ItemType.Choice, type == ItemType.Text ? null : optionSet, scale, reverse,
                    Text(item, "text", where, languages, problems, required: true)));
            }

            if (items.Count == 0)
            {
                problems.Add(new("The instrument needs at least one item."));
            }

            foreach (var scale in scales.Where(s => !items.Any(i => i.Scale == s.Id)))
            {
                problems.Add(new("The scale \"{0}\" has no items.", scale.Id));
            }

            foreach (var section in sections.Where(s => !items.Any(i => i.Section == s.Id)))
            {
                problems.Add(new("The section \"{0}\" has no items.", section.Id));
            }

            return problems.Count > 0
                ? (null, problems)
                : (new Instrument(id, version!.Trim(), languages, title, description, optionSets, sections, scales, items), problems);
        }
    }

    private static IEnumerable<(JsonElement Element, int Index)> Array(JsonElement parent, string name)
        => parent.TryGetProperty(name, out var array) && array.ValueKind == JsonValueKind.Array
            ? array.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.Object).Select((e, i) => (e, i))
            : [];

    private static string? Str(JsonElement parent, string name)
        => parent.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string IdOf(JsonElement parent, string name, string where, List<InstrumentProblem> problems)
    {
        var id = Str(parent, name);
        if (id is null || !IdPattern().IsMatch(id))
        {
            problems.Add(new("In {0}: \"{1}\" must be lowercase ASCII letters, digits and underscores.", where, name));
            return id ?? "";
        }

        return id;
    }

    private static void Unique(IEnumerable<string> seen, string id, string kind, List<InstrumentProblem> problems)
    {
        if (seen.Contains(id, StringComparer.Ordinal))
        {
            problems.Add(new("The {0} id \"{1}\" appears twice.", kind, id));
        }
    }

    private static LocalText Text(JsonElement parent, string name, string where, IReadOnlyList<string> languages, List<InstrumentProblem> problems, bool required)
    {
        if (!parent.TryGetProperty(name, out var value) || value.ValueKind != JsonValueKind.Object)
        {
            if (required)
            {
                problems.Add(new("In {0}: \"{1}\" is missing.", where, name));
            }

            return LocalText.Empty;
        }

        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var property in value.EnumerateObject())
        {
            if (property.Value.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(property.Value.GetString()))
            {
                texts[property.Name] = property.Value.GetString()!;
            }
        }

        var missing = languages.Where(l => !texts.ContainsKey(l)).ToList();
        if (missing.Count > 0)
        {
            problems.Add(new("In {0}: \"{1}\" lacks the language(s) {2}.", where, name, string.Join(", ", missing)));
        }

        return new LocalText(texts);
    }

    [GeneratedRegex("^[a-z0-9_]{1,60}$")]
    private static partial Regex IdPattern();
}
