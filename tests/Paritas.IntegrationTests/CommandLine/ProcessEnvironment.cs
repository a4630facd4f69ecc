namespace Paritas.IntegrationTests.CommandLine;

/// <summary>
/// The command-line verbs read their settings from environment variables and write to the console,
/// both process-wide: tests that run them go one at a time, after the parallel ones.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ProcessEnvironment
{
    public const string Name = "Environment";
}
