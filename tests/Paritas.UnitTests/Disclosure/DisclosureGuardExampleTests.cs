using Paritas.Statistics.Disclosure;

namespace Paritas.UnitTests.Disclosure;

public sealed class DisclosureGuardExampleTests
{
    [Fact]
    public void A_small_child_is_hidden_with_its_next_smallest_sibling()
    {
        var table = Tables.Flat([], ("a", [12]), ("b", [3]), ("c", [20]));

        var result = Tables.Protect(table);

        Assert.Equal(["a", "b"], Tables.Hidden(result));
        Assert.Equal(SuppressionReason.BelowMinimum, result.Decision("b").Reason);
        Assert.Equal(SuppressionReason.Complementary, result.Decision("a").Reason);
    }

    [Fact]
    public void A_parent_whose_only_child_holds_all_but_three_hides_the_smaller_of_the_two()
    {
        var table = new DisclosureTable(
            [new("parent", null), new("child", "parent")],
            [],
            [new("parent", null, 23), new("child", null, 20)]);

        var result = Tables.Protect(table);

        Assert.Equal(["child"], Tables.Hidden(result));
        Assert.Equal(SuppressionReason.Complementary, result.Decision("child").Reason);
    }

    [Fact]
    public void Own_members_of_K_or_more_need_no_complement()
    {
        var table = new DisclosureTable(
            [new("parent", null), new("small", "parent"), new("large", "parent")],
            [],
            [new("parent", null, 40), new("small", null, 3), new("large", null, 20)]);

        var result = Tables.Protect(table);

        Assert.Equal(["small"], Tables.Hidden(result));
    }

    [Fact]
    public void A_small_cell_in_a_two_way_table_is_hidden_with_a_rectangle()
    {
        var table = Tables.Flat(["g1", "g2", "g3"], ("a", [3, 20, 20]), ("b", [20, 20, 20]), ("c", [20, 20, 20]));

        var result = Tables.Protect(table);

        Assert.Equal(["a/g1", "a/g2", "b/g1", "b/g2"], Tables.Hidden(result));
    }

    [Fact]
    public void Two_hidden_rectangles_joined_by_one_cell_get_a_further_complement()
    {
        // Every row and column of small cells holds two or more of them, yet a/g3 joins two
        // cycles without lying on one, so the margins pin it down: only the exact test sees it.
        var scenario = Scenario.FromOwn(
            ["g1", "g2", "g3", "g4"],
            minimum: 5,
            [[0, 0, 0, 0, 0], [1, 2, 3, 20, 0], [2, 3, 20, 20, 0], [20, 20, 1, 2, 0], [20, 20, 3, 4, 0]]);

        var result = Tables.Protect(scenario.Table());

        Assert.Contains(result.Cells, c => c.Reason == SuppressionReason.Complementary);
        Assert.Empty(new Attacker(scenario, result).Recovered());
    }

    [Fact]
    public void An_unknown_group_remainder_below_K_is_protected()
    {
        // Ten people in no group: 3 of them in unit a. Publishing a's total and both groups would give the 3 away.
        var table = new DisclosureTable(
            [new("root", null), new("a", "root"), new("b", "root")],
            ["g1", "g2"],
            [
                new("root", null, 70), new("root", "g1", 30), new("root", "g2", 30),
                new("a", null, 33), new("a", "g1", 15), new("a", "g2", 15),
                new("b", null, 37), new("b", "g1", 15), new("b", "g2", 15),
            ]);

        var result = Tables.Protect(table);

        Assert.NotEmpty(Tables.Hidden(result));
        Assert.False(result.IsReleased("a") && result.IsReleased("a", "g1") && result.IsReleased("a", "g2"));
    }

    [Fact]
    public void A_proportion_where_nearly_all_have_the_trait_is_hidden()
    {
        var table = new DisclosureTable(
            [new("root", null), new("a", "root"), new("b", "root"), new("c", "root")],
            [],
            [new("root", null, 100, 50), new("a", null, 30, 28), new("b", null, 40, 2), new("c", null, 30, 20)]);

        var result = Tables.Protect(table);

        Assert.Equal(SuppressionReason.NearlyAllHaveTrait, result.Decision("a").Reason);
        Assert.Equal(SuppressionReason.Complementary, result.Decision("c").Reason);
        Assert.Equal(["a", "c"], Tables.Hidden(result));
    }

    [Fact]
    public void The_same_cells_are_hidden_whatever_the_input_order()
    {
        var table = Tables.Flat(["g1", "g2", "g3"], ("a", [3, 20, 20]), ("b", [20, 20, 20]), ("c", [20, 20, 20]));
        var reversed = new DisclosureTable([.. table.Units.Reverse()], [.. table.Groups.Reverse()], [.. table.Cells.Reverse()]);

        Assert.Equal(Tables.Protect(table).Cells, Tables.Protect(reversed).Cells);
    }

    [Theory]
    [InlineData(DisclosureDomain.Survey, null, 5)]
    [InlineData(DisclosureDomain.Survey, 3, 5)]
    [InlineData(DisclosureDomain.Survey, 8, 8)]
    [InlineData(DisclosureDomain.Absence, 5, 10)]
    [InlineData(DisclosureDomain.Health, null, 10)]
    [InlineData(DisclosureDomain.Training, 12, 12)]
    public void An_organisation_may_raise_K_but_never_below_the_floor(DisclosureDomain domain, int? requested, int expected) =>
        Assert.Equal(expected, MinimumGroupSize.For(domain, requested).Value);

    [Fact]
    public void Tables_that_are_not_additive_are_refused()
    {
        var table = new DisclosureTable(
            [new("parent", null), new("child", "parent")],
            [],
            [new("parent", null, 10), new("child", null, 12)]);

        Assert.Throws<ArgumentException>(() => Tables.Protect(table));
    }

    [Fact]
    public void A_release_set_hides_a_shared_cell_in_every_table()
    {
        var first = Tables.Flat([], ("a", [12]), ("b", [3]), ("c", [20]));
        var second = Tables.Flat([], ("a", [12]), ("b", [30]), ("c", [2]));
        var minimum = MinimumGroupSize.For(DisclosureDomain.Survey);

        var results = DisclosureGuard.ProtectTogether([first, second], minimum);

        Assert.Equal(Tables.Hidden(results[0]), Tables.Hidden(results[1]));
        Assert.Equal(SuppressionReason.HiddenInAnotherRelease, results[1].Decision("b").Reason);
    }
}
