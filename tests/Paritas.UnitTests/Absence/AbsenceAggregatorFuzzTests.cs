using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Paritas.Web.Features.Absence.Import;

namespace Paritas.UnitTests.Absence;

/// <summary>Whatever bytes arrive, the aggregator answers with a report — never an exception, never a value from the file.</summary>
public sealed class AbsenceAggregatorFuzzTests
{
    private const string Marker = "ZQXJ";

    [Property(MaxTest = 300)]
    public void Random_bytes_never_throw(byte[] workforce, byte[] spells)
    {
        var (_, run) = AbsenceAggregator.Aggregate(Files.FirstQuarter2024(acceptGoodRows: true), new MemoryStream(workforce ?? []), new MemoryStream(spells ?? []));
        Assert.NotNull(run.Report(false, 0));
    }

    [Property(MaxTest = 300)]
    public Property Random_rows_never_throw_and_never_leak_an_identifier() =>
        Prop.ForAll(Rows().ToArbitrary(), Rows().ToArbitrary(), (workforceRows, spellRows) =>
        {
            var workforce = Files.WorkforceHeader + "\n" + string.Join("\n", workforceRows);
            var spells = Files.SpellsHeader + "\n" + string.Join("\n", spellRows);
            var (_, report) = Files.Run(Files.FirstQuarter2024(), workforce, spells);
            var text = string.Join("|", report.Problems.Select(p => $"{p.File}{p.Row}{p.Column}{p.Reason}")) + report.DroppedByReason;
            return !text.Contains(Marker, StringComparison.Ordinal);
        });

    private static Gen<string[]> Rows()
    {
        var field = Gen.OneOf(
            Gen.Elements("", "A", "B", "Z", "msd", "psychosocial", "flu", "0.5", "1", "2", "50", "0", "101", "\"x,\ny\"", "\""),
            Gen.Elements("2024-01-01", "2024-02-30", "2023-12-31", "2024-03-31", "2024-01-15", "31.01.2024", "x"),
            Gen.Choose(0, 5).Select(i => Marker + i));
        return Gen.Choose(0, 7).SelectMany(n => Gen.ArrayOf(field, n)).Select(f => string.Join(",", f)).ArrayOf();
    }
}
