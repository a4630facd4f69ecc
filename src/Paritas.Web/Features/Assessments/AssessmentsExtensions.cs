namespace Paritas.Web.Features.Assessments;

public static class AssessmentsExtensions
{
    public static IServiceCollection AddAssessments(this IServiceCollection services)
        => services.AddScoped<AssessmentLedger>().AddScoped<AssessmentReader>();
}
