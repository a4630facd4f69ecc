using System.CommandLine;
using Paritas.Statistics;
using Paritas.Statistics.TimeSeries;

namespace Paritas.Web.Features.Absence.Analysis;

internal static class ItsAnalysisCommand
{
    public static Command Create()
    {
        var input = new Option<string>("--input") { Description = "CSV file, one row per period in time order", Required = true };
        var count = new Option<string>("--count") { Description = "Column with the event counts", Required = true };
        var exposure = new Option<string>("--exposure") { Description = "Column with the exposure (e.g. available days); its log is the offset", Required = true };
        var time = new Option<string>("--time") { Description = "Column with the time of each period", Required = true };
        var post = new Option<string>("--post") { Description = "Column with 1 after the intervention, 0 before", Required = true };
        var slopeChange = new Option<bool>("--slope-change") { Description = "Add a slope change after the intervention" };
        var season = new Option<string?>("--season") { Description = "Column with the season (month 1-12) for Fourier terms" };
        var harmonics = new Option<int?>("--harmonics") { Description = "Number of Fourier pairs (default 2 with --season)" };
        var period = new Option<double>("--period") { Description = "Length of the seasonal cycle", DefaultValueFactory = _ => 12 };
        var family = new Option<string>("--family") { Description = "poisson or quasipoisson", DefaultValueFactory = _ => "quasipoisson" };
        family.AcceptOnlyFromAmong("poisson", "quasipoisson");
        var neweyWest = new Option<int?>("--newey-west") { Description = "Newey-West standard errors with this lag" };

        var command = new Command("its", "Interrupted time series: Poisson regression with offset log(exposure).")
        {
            input, count, exposure, time, post, slopeChange, season, harmonics, period, family, neweyWest,
        };
        command.SetAction(parseResult => AnalysisInvocation.Execute(parseResult, p =>
        {
            var seasonColumn = p.GetValue(season);
            var harmonicCount = p.GetValue(harmonics);
            if (harmonicCount is not null && seasonColumn is null)
            {
                throw new AnalysisInputException("--harmonics needs --season.");
            }

            var columns = new List<string> { p.GetValue(count)!, p.GetValue(exposure)!, p.GetValue(time)!, p.GetValue(post)! };
            if (seasonColumn is not null)
            {
                columns.Add(seasonColumn);
            }

            var table = AnalysisTable.Read(p.GetValue(input)!, columns);
            var chosenFamily = p.GetValue(family) == "poisson" ? ItsFamily.Poisson : ItsFamily.QuasiPoisson;
            var design = new ItsDesign(table.Numbers(p.GetValue(time)!), table.Indicators(p.GetValue(post)!))
            {
                Season = seasonColumn is null ? null : table.Numbers(seasonColumn),
                Harmonics = seasonColumn is null ? 0 : harmonicCount ?? 2,
                Period = p.GetValue(period),
                SlopeChange = p.GetValue(slopeChange),
                Family = chosenFamily,
                NeweyWestLag = p.GetValue(neweyWest),
            };

            var result = InterruptedTimeSeries.Fit(table.Numbers(p.GetValue(count)!), table.Numbers(p.GetValue(exposure)!), design);
            return new ItsReport(
                chosenFamily == ItsFamily.Poisson ? "poisson" : "quasipoisson",
                result.N,
                result.ResidualDf,
                result.Dispersion,
                result.Terms);
        }));
        return command;
    }
}
