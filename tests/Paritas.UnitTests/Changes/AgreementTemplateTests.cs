using Paritas.Web.Features.Agreements;

namespace Paritas.UnitTests.Changes;

public sealed class AgreementTemplateTests
{
    [Fact]
    public void The_five_shipped_templates_load_and_every_rule_holds_together()
    {
        var keys = AgreementTemplates.All.Select(t => t.Key).Order(StringComparer.Ordinal).ToList();

        Assert.Equal(["digital-training-right", "monitoring-data", "new-technology-agreement", "quebec-joint-committee", "right-to-disconnect"], keys);
        foreach (var rule in AgreementTemplates.All.SelectMany(t => t.Clauses).SelectMany(c => c.Rules ?? []))
        {
            Assert.Empty(rule.Problems());
        }

        Assert.All(AgreementTemplates.All, t => Assert.All(t.Clauses, c => Assert.False(string.IsNullOrWhiteSpace(c.Text))));
    }

    [Fact]
    public void The_training_right_owes_4_hours_a_month_within_100_a_year_and_a_training_plan()
    {
        var template = AgreementTemplates.Find("digital-training-right")!;

        Assert.Equal(4, template.TrainingHoursPerMonth);
        Assert.Equal(100, template.TrainingHoursPerYear);
        Assert.Contains(template.Clauses.SelectMany(c => c.Rules ?? []), r => r.Obligation == ObligationKind.TrainingPlanAgreed);
    }

    [Fact]
    public void A_template_with_an_unknown_field_is_refused()
    {
        using var json = new MemoryStream("""{"key":"x","title":"x","summary":"x","language":"en","clauses":[],"surprise":1}"""u8.ToArray());

        Assert.ThrowsAny<System.Text.Json.JsonException>(() => AgreementTemplates.Parse(json));
    }
}
