using System.CommandLine;
using System.Text.Json;
using Paritas.Web.Features.Absence;

namespace Paritas.UnitTests.Statistics;

public sealed class AnalyzeCommandTests : IDisposable
{
    private readonly string scratch = Directory.CreateTempSubdirectory("paritas-analyze-").FullName;

    public void Dispose() => Directory.Delete(scratch, recursive: true);

    private static (int ExitCode, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = AnalyzeCommand.Create().Parse(args).Invoke(new InvocationConfiguration { Output = output, Error = error });
        return (exitCode, output.ToString(), error.ToString());
    }

    private string WriteCsv(string name, string content)
    {
        var path = Path.Combine(scratch, name);
        File.WriteAllText(path, content);
        return path;
    }

    [Fact]
    public void Its_prints_the_quasi_poisson_seasonal_slope_change_model_as_R_does()
    {
        var (exitCode, output, error) = Run(
            "its", "--input", ReferenceCsv.PathOf("sicily.csv"), "--count", "aces", "--exposure", "stdpop",
            "--time", "time", "--post", "smokban", "--slope-change", "--season", "month", "--harmonics", "2");

        Assert.Equal(0, exitCode);
        Assert.Empty(error);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal("quasipoisson", root.GetProperty("family").GetString());
        Assert.Equal(59, root.GetProperty("n").GetInt32());
        Assert.Equal(51, root.GetProperty("residual_df").GetInt32());
        Close.Relative(2.27456255, root.GetProperty("dispersion").GetDouble(), 1e-8, "dispersion");
        var terms = root.GetProperty("terms").EnumerateArray().ToArray();
        Assert.Equal(SicilyReference.M4.Select(t => t.Term), terms.Select(t => t.GetProperty("term").GetString()));
        foreach (var (expected, term) in SicilyReference.M4.Zip(terms))
        {
            Close.Relative(expected.Estimate, term.GetProperty("estimate").GetDouble(), 1e-6, expected.Term);
            Close.Relative(expected.StdError, term.GetProperty("std_error").GetDouble(), 1e-4, expected.Term);
            Close.Relative(expected.Exp, term.GetProperty("exp_estimate").GetDouble(), 1e-6, expected.Term);
            Close.Relative(expected.Lower, term.GetProperty("ci_lower").GetDouble(), 1e-5, expected.Term);
            Close.Relative(expected.Upper, term.GetProperty("ci_upper").GetDouble(), 1e-5, expected.Term);
            Assert.True(term.TryGetProperty("z", out _) && term.TryGetProperty("p_value", out _));
        }
    }

    [Fact]
    public void Its_poisson_family_reproduces_M1()
    {
        var (exitCode, output, _) = Run(
            "its", "--input", ReferenceCsv.PathOf("sicily.csv"), "--count", "aces", "--exposure", "stdpop",
            "--time", "time", "--post", "smokban", "--family", "poisson");

        Assert.Equal(0, exitCode);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(1.0, json.RootElement.GetProperty("dispersion").GetDouble());
        var level = json.RootElement.GetProperty("terms")[1];
        Close.Relative(-0.1116284426, level.GetProperty("estimate").GetDouble(), 1e-6, "level_change");
        Close.Relative(0.017224765, level.GetProperty("std_error").GetDouble(), 1e-4, "level_change SE");
    }

    [Fact]
    public void Did_prints_group_time_effects_and_aggregations_as_R_does()
    {
        var (exitCode, output, error) = Run(
            "did", "--input", ReferenceCsv.PathOf("mpdta.csv"), "--unit", "countyreal", "--time", "year",
            "--outcome", "lemp", "--first-treated", "first.treat");

        Assert.Equal(0, exitCode);
        Assert.Empty(error);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal("never-treated", root.GetProperty("control").GetString());
        var cells = root.GetProperty("att_gt").EnumerateArray().ToArray();
        Assert.Equal(MpdtaReference.GroupTime.Length, cells.Length);
        foreach (var (expected, cell) in MpdtaReference.GroupTime.Zip(cells))
        {
            Assert.Equal(expected.Group, cell.GetProperty("group").GetInt32());
            Assert.Equal(expected.Time, cell.GetProperty("time").GetInt32());
            Close.Relative(expected.Att, cell.GetProperty("att").GetDouble(), 1e-6, "att");
            Close.Relative(expected.StdError, cell.GetProperty("std_error").GetDouble(), 1e-4, "std_error");
        }

        var aggregations = root.GetProperty("aggregations");
        foreach (var (name, expected) in new[] { ("simple", MpdtaReference.Simple), ("dynamic", MpdtaReference.Dynamic), ("group", MpdtaReference.Group) })
        {
            Close.Relative(expected.Att, aggregations.GetProperty(name).GetProperty("att").GetDouble(), 1e-6, name);
            Close.Relative(expected.StdError, aggregations.GetProperty(name).GetProperty("std_error").GetDouble(), 1e-4, name);
        }

        var events = aggregations.GetProperty("dynamic").GetProperty("by_event_time").EnumerateArray().ToArray();
        foreach (var (expected, e) in MpdtaReference.EventStudy.Zip(events, (a, b) => (a, b)))
        {
            Assert.Equal(expected.EventTime, e.GetProperty("event_time").GetInt32());
            Close.Relative(expected.Att, e.GetProperty("att").GetDouble(), 1e-6, "event att");
            Close.Relative(expected.StdError, e.GetProperty("std_error").GetDouble(), 1e-4, "event se");
        }
    }

    [Fact]
    public void Did_reads_semicolon_files_with_empty_first_treated_as_never_treated()
    {
        var lines = File.ReadAllLines(ReferenceCsv.PathOf("mpdta.csv"))
            .Select(l => l.Replace(',', ';'))
            .Select(l => l.EndsWith(";0;0", StringComparison.Ordinal) ? l[..^4] + ";;0" : l);
        var path = WriteCsv("semicolon.csv", string.Join('\n', lines));

        var (exitCode, output, _) = Run(
            "did", "--input", path, "--unit", "countyreal", "--time", "year", "--outcome", "lemp",
            "--first-treated", "first.treat", "--control", "not-yet-treated");

        Assert.Equal(0, exitCode);
        using var json = JsonDocument.Parse(output);
        Assert.Equal("not-yet-treated", json.RootElement.GetProperty("control").GetString());
        Assert.Equal(12, json.RootElement.GetProperty("att_gt").GetArrayLength());
    }

    [Fact]
    public void A_missing_file_is_one_line_on_stderr_with_exit_code_1()
    {
        var (exitCode, output, error) = Run(
            "its", "--input", Path.Combine(scratch, "absent.csv"), "--count", "c", "--exposure", "e", "--time", "t", "--post", "p");

        Assert.Equal(1, exitCode);
        Assert.Empty(output);
        Assert.Single(error.TrimEnd().Split('\n'));
        Assert.Contains("does not exist", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_column_is_named()
    {
        var (exitCode, _, error) = Run(
            "its", "--input", ReferenceCsv.PathOf("sicily.csv"), "--count", "cases", "--exposure", "stdpop", "--time", "time", "--post", "smokban");

        Assert.Equal(1, exitCode);
        Assert.Equal("error: The input file has no column 'cases'.", error.TrimEnd());
    }

    [Fact]
    public void A_non_numeric_value_names_line_and_column_but_not_the_value()
    {
        var path = WriteCsv("bad.csv", "t,c,e,p\n1,10,100,0\n2,1O,100,0\n3,11,100,0\n4,9,100,1\n5,12,100,1\n6,10,100,1\n");

        var (exitCode, _, error) = Run("its", "--input", path, "--count", "c", "--exposure", "e", "--time", "t", "--post", "p");

        Assert.Equal(1, exitCode);
        Assert.Equal("error: Line 3, column 'c': the value is not a number.", error.TrimEnd());
        Assert.DoesNotContain("1O", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_series_with_too_few_periods_is_refused()
    {
        var path = WriteCsv("short.csv", "t\tc\te\tp\n1\t10\t100\t0\n2\t12\t100\t0\n3\t11\t100\t1\n4\t9\t100\t1\n");

        var (exitCode, _, error) = Run("its", "--input", path, "--count", "c", "--exposure", "e", "--time", "t", "--post", "p", "--slope-change");

        Assert.Equal(1, exitCode);
        Assert.Contains("too short", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Did_without_never_treated_units_is_refused_under_never_treated_control()
    {
        var lines = File.ReadAllLines(ReferenceCsv.PathOf("mpdta.csv"));
        var path = WriteCsv("treated.csv", string.Join('\n', lines.Take(1).Concat(lines.Skip(1).Where(l => !l.EndsWith(",0,0", StringComparison.Ordinal)))));

        var (exitCode, output, error) = Run(
            "did", "--input", path, "--unit", "countyreal", "--time", "year", "--outcome", "lemp", "--first-treated", "first.treat");

        Assert.Equal(1, exitCode);
        Assert.Empty(output);
        Assert.Equal("error: There are no never-treated units; use the not-yet-treated comparison group instead.", error.TrimEnd());
    }

    [Fact]
    public void An_unknown_family_is_a_parse_error()
    {
        var (exitCode, output, _) = Run(
            "its", "--input", ReferenceCsv.PathOf("sicily.csv"), "--count", "aces", "--exposure", "stdpop",
            "--time", "time", "--post", "smokban", "--family", "negbin");

        Assert.Equal(1, exitCode);
        Assert.DoesNotContain("\"terms\"", output, StringComparison.Ordinal);
    }
}
