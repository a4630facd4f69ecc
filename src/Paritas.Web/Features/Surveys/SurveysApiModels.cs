using System.Text.Json;
using System.Text.Json.Serialization;

namespace Paritas.Web.Features.Surveys;

public sealed record CreateSurveyRequest(string? Title, string? Instrument, string? Version, Guid? Change);

public sealed record CreatedResponse(Guid Id);

public sealed record OpenWaveRequest(string? Kind, string? Label, [property: JsonPropertyName("closes_on")] DateOnly? ClosesOn);

public sealed record UnitLinkResponse(string Unit, string Code);

public sealed record OpenedWaveResponse(Guid Id, [property: JsonPropertyName("unit_links")] IReadOnlyList<UnitLinkResponse> UnitLinks);

public sealed record TokenGroupRequest(string? Dimension, string? Value);

public sealed record IssueTokensRequest(string? Unit, int? Count, TokenGroupRequest? Group);

public sealed record TokensResponse(IReadOnlyList<string> Tokens);

/// <summary>A worker's answers: item id → option value (a number), or text for a free-text item.</summary>
public sealed record SubmitResponseRequest(string? Token, Dictionary<string, JsonElement>? Answers);

public sealed record WaveStatusResponse(Guid Id, string Status);

public sealed record ResultCellResponse(
    string Unit,
    string? Group,
    string Scale,
    int? N,
    double? Mean,
    [property: JsonPropertyName("ci_lower")] double? CiLower,
    [property: JsonPropertyName("ci_upper")] double? CiUpper,
    bool Suppressed);

public sealed record OpenCountResponse(string Unit, [property: JsonPropertyName("at_least")] int AtLeast);

/// <summary>
/// A wave's results: cells once the wave is closed; while it is open, only response counts per unit
/// rounded down to a multiple of K (<see cref="Counts"/>).
/// </summary>
public sealed record WaveResultsResponse(string Status, int K, IReadOnlyList<ResultCellResponse> Cells, IReadOnlyList<OpenCountResponse> Counts);

public sealed record CompareCellResponse(
    string Unit,
    string? Group,
    string Scale,
    int? N,
    [property: JsonPropertyName("n_baseline")] int? NBaseline,
    double? Mean,
    [property: JsonPropertyName("ci_lower")] double? CiLower,
    [property: JsonPropertyName("ci_upper")] double? CiUpper,
    bool Suppressed);

public sealed record CompareResponse(Guid Wave, Guid Baseline, IReadOnlyList<CompareCellResponse> Cells);
