using BenchmarkDotNet.Attributes;
using Paritas.Statistics.Disclosure;

namespace Paritas.Benchmarks;

[MemoryDiagnoser]
public class DisclosureGuardBenchmarks
{
    private DisclosureTable table = null!;
    private MinimumGroupSize minimum = null!;

    [Params(0, 10)]
    public int Groups { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        table = SyntheticOrganisation.Build(Groups);
        minimum = MinimumGroupSize.For(DisclosureDomain.Absence);
    }

    [Benchmark]
    public DisclosureResult Protect() => DisclosureGuard.Protect(table, minimum);
}
