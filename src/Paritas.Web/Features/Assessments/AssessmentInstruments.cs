using System.Text.Json;
using System.Text.Json.Serialization;
using Paritas.Web.Features.Shared;

namespace Paritas.Web.Features.Assessments;

/// <summary>The instruments shipped with Paritas, read and checked once from the assembly.</summary>
public static class AssessmentInstruments
{
    public const string CurrentKey = "joint-impact";
    private const string Prefix = "Paritas.Web.Features.Assessments.Instruments.";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    private static readonly Lazy<IReadOnlyList<AssessmentInstrument>> Loaded = new(Load);

    public static IReadOnlyList<AssessmentInstrument> All => Loaded.Value;

    /// <summary>The newest version of the instrument new assessments use.</summary>
    public static AssessmentInstrument Current => All.Where(i => i.Key == CurrentKey).MaxBy(i => i.Version)!;

    public static AssessmentInstrument? Find(string key, int version) => All.FirstOrDefault(i => i.Key == key && i.Version == version);

    /// <summary>Reads an instrument and resolves its scales; a broken instrument is refused whole, naming the problem.</summary>
    public static AssessmentInstrument Parse(Stream json)
    {
        var raw = JsonSerializer.Deserialize<AssessmentInstrument>(json, Json) ?? throw new InvalidDataException("The instrument is empty.");
        var problems = new List<string>();
        if (raw.Format != AssessmentInstrument.FormatName)
        {
            problems.Add($"format must be \"{AssessmentInstrument.FormatName}\"");
        }

        Check(raw.Title, "title", problems);
        var sections = new List<InstrumentSection>();
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var section in raw.Sections ?? [])
        {
            Check(section.Title, $"section {section.Key}", problems);
            if (!keys.Add(section.Key))
            {
                problems.Add($"section key {section.Key} is used twice");
            }

            var questions = new List<InstrumentQuestion>();
            foreach (var question in section.Questions ?? [])
            {
                if (!keys.Add(question.Key) || question.Key.Length > AssessmentAnswer.KeyLength)
                {
                    problems.Add($"question key {question.Key} is used twice or is too long");
                }

                Check(question.Text, $"question {question.Key}", problems);
                IReadOnlyList<InstrumentOption>? choices = question.Options;
                if (question.Scale is { } scale && !(raw.Scales?.TryGetValue(scale, out choices) ?? false))
                {
                    problems.Add($"question {question.Key} names the unknown scale {scale}");
                }

                if (choices is not { Count: >= 2 })
                {
                    problems.Add($"question {question.Key} needs at least two options");
                    choices = [];
                }

                foreach (var option in choices)
                {
                    Check(option.Text, $"option {question.Key}/{option.Key}", problems);
                    if (option.Weight < 0 || option.Key.Length > AssessmentAnswer.KeyLength)
                    {
                        problems.Add($"option {question.Key}/{option.Key} needs a weight of 0 or more and a short key");
                    }
                }

                if (choices.Select(o => o.Key).Distinct(StringComparer.Ordinal).Count() != choices.Count)
                {
                    problems.Add($"question {question.Key} has two options with the same key");
                }

                questions.Add(question with { Choices = choices });
            }

            sections.Add(section with { Questions = questions });
        }

        if (sections.Count == 0 || !sections.SelectMany(s => s.Questions).Any(q => q.Kind == QuestionKind.Impact))
        {
            problems.Add("an instrument needs at least one section with an impact question");
        }

        return problems.Count > 0
            ? throw new InvalidDataException($"Instrument {raw.Key} v{raw.Version}: " + string.Join("; ", problems) + ".")
            : raw with { Sections = sections };

        void Check(IReadOnlyDictionary<string, string>? text, string where, List<string> found)
        {
            var missing = Cultures.Supported.Where(c => text is null || !text.TryGetValue(c, out var s) || string.IsNullOrWhiteSpace(s)).ToList();
            if (missing.Count > 0)
            {
                found.Add($"{where} lacks {string.Join(", ", missing)}");
            }
        }
    }

    private static List<AssessmentInstrument> Load()
    {
        var assembly = typeof(AssessmentInstruments).Assembly;
        var instruments = new List<AssessmentInstrument>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            instruments.Add(Parse(stream));
        }

        return instruments;
    }
}
