using System.Text.Json;
using System.Text.Json.Serialization;

namespace Paritas.Web.Features.Agreements;

/// <summary>The templates shipped with Paritas, read once from the assembly.</summary>
public static class AgreementTemplates
{
    private const string Prefix = "Paritas.Web.Features.Agreements.Templates.";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    private static readonly Lazy<IReadOnlyList<AgreementTemplate>> Loaded = new(Load);

    public static IReadOnlyList<AgreementTemplate> All => Loaded.Value;

    public static AgreementTemplate? Find(string? key) => All.FirstOrDefault(t => t.Key == key);

    public static AgreementTemplate Parse(Stream json)
        => JsonSerializer.Deserialize<AgreementTemplate>(json, Json) ?? throw new InvalidDataException("An agreement template is empty.");

    private static List<AgreementTemplate> Load()
    {
        var assembly = typeof(AgreementTemplates).Assembly;
        var templates = new List<AgreementTemplate>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            templates.Add(Parse(stream));
        }

        return templates;
    }
}
