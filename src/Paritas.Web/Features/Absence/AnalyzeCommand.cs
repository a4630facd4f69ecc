using System.CommandLine;
using Paritas.Web.Features.Absence.Analysis;

namespace Paritas.Web.Features.Absence;

/// <summary>
/// <c>paritas analyze its|did</c>: runs the statistics engine on a CSV file and prints JSON,
/// so analyses can be checked against R or scripted without the web application.
/// </summary>
public static class AnalyzeCommand
{
    public static Command Create()
    {
        var command = new Command("analyze", "Analyse sickness-absence data from a CSV file and print the results as JSON.");
        command.Subcommands.Add(ItsAnalysisCommand.Create());
        command.Subcommands.Add(DidAnalysisCommand.Create());
        return command;
    }
}
