using Paritas.Web.Features.Accounts;

namespace Paritas.Web.Features.Surveys;

public static class SurveysExtensions
{
    /// <summary>The cookie that carries a worker's unfinished answers on their own device, encrypted.</summary>
    public const string AnswerCookie = "__Host-paritas-answer";

    private static readonly string[] ResultRoles =
    [
        nameof(Role.OshOfficer), nameof(Role.EmployerRepresentative), nameof(Role.WorkersRepresentative),
        nameof(Role.DigitalAgent), nameof(Role.OrganisationAdministrator),
    ];

    public static IServiceCollection AddSurveys(this IServiceCollection services)
    {
        services.AddSingleton<SurveyWriteGate>();
        services.AddScoped<InstrumentCatalog>();
        services.AddScoped<SurveyRegister>();
        services.AddScoped<SurveyTokens>();
        services.AddScoped<SurveySubmissions>();
        services.AddScoped<WaveClosing>();
        services.AddScoped<WaveResults>();
        services.AddScoped<WaveComparison>();
        services.AddScoped<AnswerState>();
        services.AddAuthorizationBuilder().AddPolicy(SurveyPolicies.ResultReaders, p => p.RequireAuthenticatedUser().RequireAssertion(c =>
            !c.User.HasClaim(ParitasClaims.SecondFactorPending, "true")
            && c.User.FindFirst(ParitasClaims.Role)?.Value is { } role
            && ResultRoles.Contains(role, StringComparer.Ordinal)));
        services.AddRazorPages(o =>
        {
            o.Conventions.AuthorizePage("/Surveys/Index", Policies.Member);
            o.Conventions.AuthorizePage("/Surveys/Create", Policies.JointCommittee);
            o.Conventions.AuthorizePage("/Surveys/Details", Policies.JointCommittee);
            o.Conventions.AuthorizePage("/Surveys/Wave", Policies.JointCommittee);
            o.Conventions.AuthorizePage("/Surveys/Tokens", Policies.JointCommittee);
            o.Conventions.AuthorizePage("/Surveys/Results", SurveyPolicies.ResultReaders);
            o.Conventions.AuthorizePage("/Surveys/Compare", SurveyPolicies.ResultReaders);
            o.Conventions.AuthorizePage("/Surveys/ImportInstrument", Policies.PlatformAdministrator);
        });
        // The hosting layer logs every request line at Information, and answering links carry the
        // token in the path: those lines must never be written (P2, acceptance 4).
        services.AddLogging(b => b.AddFilter("Microsoft.AspNetCore.Hosting.Diagnostics", LogLevel.Warning));
        return services;
    }
}
