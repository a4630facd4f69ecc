using Paritas.Web.Data;

namespace Paritas.Web.Features.Agreements;

/// <summary>Turns a shipped template into the organisation's own agreement, which it may then adapt.</summary>
public sealed class AgreementImport(AppDbContext db, TimeProvider clock)
{
    public async Task<Agreement> ImportAsync(AgreementTemplate template, Guid byUserId, CancellationToken ct)
    {
        var organisationId = db.Tenant.OrganisationId ?? throw new InvalidOperationException("No organisation is selected.");
        var agreement = new Agreement(organisationId, template.Title, template.Summary, template.Language, template.Key, byUserId, clock.GetUtcNow());
        agreement.SetTrainingEntitlement(template.TrainingHoursPerMonth, template.TrainingHoursPerYear);
        foreach (var clauseTemplate in template.Clauses)
        {
            var clause = agreement.AddClause(clauseTemplate.Heading, clauseTemplate.Text);
            foreach (var spec in clauseTemplate.Rules ?? [])
            {
                agreement.Rules.Add(new Rule(clause, spec));
            }
        }

        db.Agreements.Add(agreement);
        await db.SaveChangesAsync(ct);
        return agreement;
    }
}
