using System.Diagnostics;
using BenchmarkDotNet.Running;
using Paritas.Benchmarks;
using Paritas.Statistics.Disclosure;

if (args is ["guard-timing", ..])
{
    // A quick look without BenchmarkDotNet's warm-up ceremony.
    foreach (var groups in new[] { 0, 10 })
    {
        var table = SyntheticOrganisation.Build(groups);
        var minimum = MinimumGroupSize.For(DisclosureDomain.Absence);
        var result = DisclosureGuard.Protect(table, minimum);
        var watch = Stopwatch.StartNew();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        const int runs = 15;
        for (var i = 0; i < runs; i++)
        {
            result = DisclosureGuard.Protect(table, minimum);
        }

        Console.WriteLine(
            $"{table.Units.Count} units × {groups} groups: {watch.Elapsed.TotalMilliseconds / runs:F1} ms wall, " +
            $"{(Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / runs:F1} ms CPU, " +
            $"{result.Cells.Count(c => c.Reason is SuppressionReason.BelowMinimum or SuppressionReason.NearlyAllHaveTrait)} primary, " +
            $"{result.Cells.Count(c => c.Reason == SuppressionReason.Complementary)} complementary of {result.Cells.Count}");
    }

    return;
}

if (args is ["absence-import", ..])
{
    await AbsenceImportTiming.RunAsync(args[1..]);
    return;
}

if (args is ["reanalyse-changes", ..])
{
    ReanalysisTiming.Run(args[1..]);
    return;
}

if (args is ["absence-aggregate", ..])
{
    AbsenceImportTiming.Repeat(args[1..]);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(DisclosureGuardBenchmarks).Assembly).Run(args);
