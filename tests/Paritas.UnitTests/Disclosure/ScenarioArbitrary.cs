using FsCheck;
using FsCheck.Fluent;

namespace Paritas.UnitTests.Disclosure;

/// <summary>FsCheck's source of organisations: trees up to depth 4, up to three groups, K from 5 to 15.</summary>
public static class ScenarioArbitrary
{
    public static Arbitrary<Scenario> Scenarios() =>
        Gen.Choose(0, int.MaxValue)
            .SelectMany(seed => Gen.Choose(5, 15), (seed, k) => (seed, k))
            .SelectMany(x => Gen.Choose(0, 3), (x, groups) => (x.seed, x.k, groups))
            .SelectMany(x => Gen.Choose(0, 2), (x, trait) => Scenario.Generate(x.seed, x.k, x.groups, withTrait: trait == 0))
            .ToArbitrary();
}
