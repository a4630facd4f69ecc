using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Serialization;
using Paritas.Statistics;

namespace Paritas.Web.Features.Absence.Analysis;

/// <summary>
/// Runs an analysis for a command line verb: JSON on the invocation's output, or a one-line
/// message on its error writer and exit code 1 when the input cannot be analysed.
/// </summary>
internal static class AnalysisInvocation
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
        // An interval can be unbounded in degenerate data; say so rather than fail to print.
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    public static int Execute<T>(ParseResult parseResult, Func<ParseResult, T> analyse)
    {
        var configuration = parseResult.InvocationConfiguration;
        try
        {
            var report = analyse(parseResult);
            configuration.Output.WriteLine(JsonSerializer.Serialize(report, Json));
            return 0;
        }
        catch (AnalysisInputException exception)
        {
            configuration.Error.WriteLine($"error: {exception.Message}");
            return 1;
        }
    }
}
