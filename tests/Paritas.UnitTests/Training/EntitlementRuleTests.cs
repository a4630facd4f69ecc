using Paritas.Web.Features.Training.Ledger;

namespace Paritas.UnitTests.Training;

/// <summary>The entitlement rule, with values worked out by hand.</summary>
public sealed class EntitlementRuleTests
{
    [Fact]
    public void The_yearly_plan_caps_the_monthly_rate_at_a_twelfth_and_the_more_favourable_agreement_wins()
    {
        Assert.Equal(4, EntitlementRule.From([(4, 100)])!.HoursPerMonth);          // 100 / 12 = 8.33 does not bind
        Assert.Equal(2, EntitlementRule.From([(4, 24)])!.HoursPerMonth);           // 24 / 12 = 2 binds
        Assert.Equal(5, EntitlementRule.From([(null, 60)])!.HoursPerMonth);        // a yearly figure alone: 60 / 12
        Assert.Equal(4, EntitlementRule.From([(2, null), (4, 100)])!.HoursPerMonth); // not 6: agreements do not add up
        Assert.Null(EntitlementRule.From([(null, null)]));
    }

    [Fact]
    public void A_month_is_owed_pro_rata_to_FTE_and_from_the_start_day()
    {
        var rule = new EntitlementRule(4);
        // April 2024 has 30 days; 12 people at FTE 0.5 for the whole month = 180 available days = FTE 6.
        Assert.Equal(24, rule.Owed(new DateOnly(2024, 4, 1), 180, new DateOnly(2024, 4, 1)), 9);
        // From 16 April: 15 of 30 days → half of 24.
        Assert.Equal(12, rule.Owed(new DateOnly(2024, 4, 1), 180, new DateOnly(2024, 4, 16)), 9);
        // Started earlier: the whole month; starting later or never: nothing.
        Assert.Equal(24, rule.Owed(new DateOnly(2024, 4, 1), 180, new DateOnly(2023, 11, 20)), 9);
        Assert.Equal(0, rule.Owed(new DateOnly(2024, 4, 1), 180, new DateOnly(2024, 5, 1)));
        Assert.Equal(0, rule.Owed(new DateOnly(2024, 4, 1), 180, null));
    }
}
