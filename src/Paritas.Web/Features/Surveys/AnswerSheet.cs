using System.Text.Json;
using System.Text.Json.Nodes;

namespace Paritas.Web.Features.Surveys;

/// <summary>One worker's answers: an option value per choice item, a text per free-text item.</summary>
public sealed class AnswerSheet
{
    public Dictionary<string, int> Choices { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, string> Texts { get; } = new(StringComparer.Ordinal);

    public bool IsEmpty => Choices.Count == 0 && Texts.Count == 0;

    public string ToJson()
    {
        var o = new JsonObject();
        foreach (var (item, value) in Choices.OrderBy(c => c.Key, StringComparer.Ordinal))
        {
            o[item] = value;
        }

        foreach (var (item, text) in Texts.OrderBy(c => c.Key, StringComparer.Ordinal))
        {
            o[item] = text;
        }

        return o.ToJsonString();
    }

    public static AnswerSheet FromJson(string json)
    {
        var sheet = new AnswerSheet();
        using var document = JsonDocument.Parse(json);
        foreach (var p in document.RootElement.EnumerateObject())
        {
            if (p.Value.ValueKind == JsonValueKind.Number && p.Value.TryGetInt32(out var v))
            {
                sheet.Choices[p.Name] = v;
            }
            else if (p.Value.ValueKind == JsonValueKind.String)
            {
                sheet.Texts[p.Name] = p.Value.GetString()!;
            }
        }

        return sheet;
    }

    /// <summary>
    /// Checks the answers against the instrument: known items, options of the item's set, texts
    /// within the limit. Skipping a question is always allowed. Problems name the item, never the answer.
    /// </summary>
    public IReadOnlyList<InstrumentProblem> Check(Instrument instrument)
    {
        var problems = new List<InstrumentProblem>();
        foreach (var (item, value) in Choices)
        {
            var i = instrument.Items.FirstOrDefault(x => x.Id == item);
            if (i is null || i.Type != ItemType.Choice)
            {
                problems.Add(new("The question \"{0}\" is not a choice question of this survey.", item));
            }
            else if (instrument.OptionSet(i.OptionSet)?.Option(value) is null)
            {
                problems.Add(new("The answer to \"{0}\" is not one of its options.", item));
            }
        }

        foreach (var (item, text) in Texts)
        {
            var i = instrument.Items.FirstOrDefault(x => x.Id == item);
            if (i is null || i.Type != ItemType.Text)
            {
                problems.Add(new("The question \"{0}\" is not a free-text question of this survey.", item));
            }
            else if (text.Length > InstrumentParser.TextAnswerLength)
            {
                problems.Add(new("The answer to \"{0}\" must be {1} characters or fewer.", item, InstrumentParser.TextAnswerLength));
            }
        }

        return problems;
    }
}
