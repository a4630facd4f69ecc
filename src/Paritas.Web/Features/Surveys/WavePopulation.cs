using System.Text.Json;

namespace Paritas.Web.Features.Surveys;

/// <summary>The units and workforce groups of a wave, as they were when it opened.</summary>
public sealed record WavePopulation(IReadOnlyList<WaveUnit> Units, IReadOnlyList<WaveDimension> Dimensions)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static WavePopulation FromJson(string json) => JsonSerializer.Deserialize<WavePopulation>(json, Json) ?? new([], []);

    public WaveUnit? Unit(Guid id) => Units.FirstOrDefault(u => u.Id == id);

    public WaveUnit? Unit(string code) => Units.FirstOrDefault(u => string.Equals(u.Code, code, StringComparison.OrdinalIgnoreCase));

    public WaveDimension? Dimension(string? name) => Dimensions.FirstOrDefault(d => string.Equals(d.Name, name, StringComparison.OrdinalIgnoreCase));
}
