using Microsoft.EntityFrameworkCore;
using Paritas.Web.Data;

namespace Paritas.Web.Features.Assessments;

/// <summary>The assessment tables, reached from the shared context without widening it.</summary>
public static class AssessmentSets
{
    extension(AppDbContext db)
    {
        public DbSet<Assessment> Assessments => db.Set<Assessment>();

        public DbSet<AssessmentAnswer> AssessmentAnswers => db.Set<AssessmentAnswer>();

        public DbSet<AssessmentConclusion> AssessmentConclusions => db.Set<AssessmentConclusion>();

        public DbSet<AssessmentSignature> AssessmentSignatures => db.Set<AssessmentSignature>();

        public DbSet<AssessmentDissent> AssessmentDissents => db.Set<AssessmentDissent>();

        public DbSet<MitigationAction> MitigationActions => db.Set<MitigationAction>();
    }
}
