using Paritas.Web;
using Paritas.Web.Cli;
using Paritas.Web.Data;
using Paritas.Web.Features.Accounts;
using Paritas.Web.Features.Api;
using Paritas.Web.Features.Audit;
using Paritas.Web.Features.Changes;
using Paritas.Web.Features.Library;
using Paritas.Web.Features.Concerns;
using Paritas.Web.Features.Organisations;
using Paritas.Web.Features.Shared;
using Paritas.Web.Features.Surveys;

// The same executable serves the web application and takes administration verbs.
if (CommandLine.IsVerb(args))
{
    return await CommandLine.InvokeAsync(args);
}

var builder = WebApplication.CreateBuilder(args);
builder.AddParitasServices();

var app = builder.Build();
await app.PrepareDatabaseAsync();

app.UseReporterPrivacy();
app.UseShell();
app.UseFirstRunSetup();
app.UseAuthentication();
app.UseSecondFactorEnrolment();
app.UseRateLimiter();
app.UseAuthorization();

// Styles and scripts are public: the sign-in and reporter pages need them before anyone signs in.
app.MapStaticAssets().AllowAnonymous();
app.MapRazorPages().WithStaticAssets();
app.MapShellEndpoints();
app.MapChanges();
app.MapSurveys();
app.MapLibrary();
app.MapApiV1();

await app.RunAsync();
return 0;

public partial class Program;
