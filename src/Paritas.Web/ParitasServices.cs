using Paritas.Web.Data;
using Paritas.Web.Features.Absence;
using Paritas.Web.Features.Accounts;
using Paritas.Web.Features.Agreements;
using Paritas.Web.Features.Assessments;
using Paritas.Web.Features.Api;
using Paritas.Web.Features.Audit;
using Paritas.Web.Features.Changes;
using Paritas.Web.Features.Library;
using Paritas.Web.Features.Concerns;
using Paritas.Web.Features.Organisations;
using Paritas.Web.Features.Shared;
using Paritas.Web.Features.Training;
using Paritas.Web.Features.Surveys;

namespace Paritas.Web;

public static class ParitasServices
{
    /// <summary>Every service of the application; the command-line verbs use the same set.</summary>
    public static IHostApplicationBuilder AddParitasServices(this IHostApplicationBuilder builder)
    {
        builder.AddDatabase();
        builder.Services
            .AddShell(builder.Configuration)
            .AddAccounts(builder.Configuration)
            .AddAudit()
            .AddOrganisations()
            .AddOrganisationSetup()
            .AddChanges()
            .AddAgreements()
            .AddAbsence()
            .AddAssessments()
            .AddTraining()
            .AddSurveys()
            .AddLibrary()
            .AddConcerns(builder.Configuration)
            .AddApiV1();
        return builder;
    }

    /// <summary>Migrates the database (when configured to) and, in Development, seeds the demo once.</summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var options = scope.ServiceProvider.GetRequiredService<Microsoft.Extensions.Options.IOptions<DatabaseOptions>>().Value;
        if (options.MigrateOnStart)
        {
            await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync(app.Lifetime.ApplicationStopping);
            await scope.ServiceProvider.SeedLibraryAsync(app.Lifetime.ApplicationStopping);
        }

        if (app.Environment.IsDevelopment())
        {
            await scope.ServiceProvider.GetRequiredService<DemoSeed>().SeedAsync(app.Lifetime.ApplicationStopping);
            DemoSeed.PrintWelcome(app.Logger);
        }
    }
}
