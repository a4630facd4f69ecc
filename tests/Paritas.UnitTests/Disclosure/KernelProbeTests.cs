using Paritas.Statistics.Disclosure;

namespace Paritas.UnitTests.Disclosure;

public sealed class KernelProbeTests
{
    [Fact]
    public void A_cell_joining_two_hidden_cycles_is_determined_and_the_cycles_are_not()
    {
        var scenario = Scenario.FromOwn(
            ["g1", "g2", "g3", "g4"],
            minimum: 5,
            [[0, 0, 0, 0, 0], [30, 30, 30, 30, 0], [30, 30, 30, 30, 0], [30, 30, 30, 30, 0], [30, 30, 30, 30, 0]]);
        var layout = TableLayout.From(scenario.Table());
        var model = AdditivityModel.Build(layout, 5);
        string[] cycles = ["u01/g1", "u01/g2", "u02/g1", "u02/g2", "u03/g3", "u03/g4", "u04/g3", "u04/g4"];
        var unknown = new bool[model.VariableCount];
        foreach (var name in cycles.Append("u01/g3"))
        {
            var parts = name.Split('/');
            Assert.True(layout.TryCell(parts[0], parts[1], out var cell));
            unknown[cell] = true;
        }

        var solution = KernelProbe.RandomSolution(model, unknown, [.. Enumerable.Range(0, model.VariableCount)], seed: 1);

        Assert.True(layout.TryCell("u01", "g3", out var bridge));
        Assert.Equal(0UL, solution[bridge]);
        Assert.All(cycles, name =>
        {
            var parts = name.Split('/');
            layout.TryCell(parts[0], parts[1], out var cell);
            Assert.NotEqual(0UL, solution[cell]);
        });
    }
}
