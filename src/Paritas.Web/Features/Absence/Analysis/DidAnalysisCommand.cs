using System.CommandLine;
using Paritas.Statistics.DifferenceInDifferences;

namespace Paritas.Web.Features.Absence.Analysis;

internal static class DidAnalysisCommand
{
    private const string NeverTreated = "never-treated";
    private const string NotYetTreated = "not-yet-treated";

    public static Command Create()
    {
        var input = new Option<string>("--input") { Description = "CSV file, one row per unit and period (balanced panel)", Required = true };
        var unit = new Option<string>("--unit") { Description = "Column identifying the unit", Required = true };
        var time = new Option<string>("--time") { Description = "Column with the period (whole number)", Required = true };
        var outcome = new Option<string>("--outcome") { Description = "Column with the outcome", Required = true };
        var firstTreated = new Option<string>("--first-treated") { Description = "Column with the unit's first treated period; 0 or empty if never treated", Required = true };
        var control = new Option<string>("--control") { Description = "Comparison group: never-treated or not-yet-treated", DefaultValueFactory = _ => NeverTreated };
        control.AcceptOnlyFromAmong(NeverTreated, NotYetTreated);

        var command = new Command("did", "Staggered difference-in-differences (Callaway & Sant'Anna) with simple, dynamic and group aggregations.")
        {
            input, unit, time, outcome, firstTreated, control,
        };
        command.SetAction(parseResult => AnalysisInvocation.Execute(parseResult, p =>
        {
            var columns = new[] { p.GetValue(unit)!, p.GetValue(time)!, p.GetValue(outcome)!, p.GetValue(firstTreated)! };
            var table = AnalysisTable.Read(p.GetValue(input)!, columns);
            var controlName = p.GetValue(control)!;
            var result = StaggeredDifferenceInDifferences.Estimate(
                table.Texts(columns[0]),
                table.Integers(columns[1]),
                table.Numbers(columns[2]),
                table.Integers(columns[3], emptyMeansZero: true),
                controlName == NotYetTreated ? DidControlGroup.NotYetTreated : DidControlGroup.NeverTreated);
            return new DidReport(
                controlName,
                result.GroupTime,
                new DidReportAggregations(
                    result.Simple,
                    result.Dynamic,
                    new AggregateEffect(result.Group.Att, result.Group.StdError)));
        }));
        return command;
    }
}
