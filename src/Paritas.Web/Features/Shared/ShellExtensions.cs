using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Paritas.Web.Data;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Paritas.Web.Features.Accounts;

namespace Paritas.Web.Features.Shared;

/// <summary>The shell every page lives in: pages, languages, errors, headers, health.</summary>
public static class ShellExtensions
{
    public const string CultureCookie = "__Host-paritas-lang";

    public static IServiceCollection AddShell(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<MailOptions>().BindConfiguration(MailOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<Mailer>();
        services.AddHttpContextAccessor();
        services.AddOptions<SiteOptions>().BindConfiguration(SiteOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<SiteLinks>();
        services.AddLocalization(o => o.ResourcesPath = "Resources");
        services.AddRazorPages(o =>
            {
                // One folder per feature: pages live beside their feature's code.
                o.RootDirectory = "/Features";
                o.Conventions.AuthorizeFolder("/Admin", Policies.PlatformAdministrator);
                o.Conventions.AuthorizeFolder("/Organisation", Policies.OrganisationAdministrator);
                foreach (var page in PublicPages)
                {
                    o.Conventions.AllowAnonymousToPage(page);
                }
            })
            .AddViewLocalization()
            .AddDataAnnotationsLocalization(o => o.DataAnnotationLocalizerProvider = (_, factory) => factory.Create(typeof(SharedResource)))
            .AddMvcOptions(o =>
            {
                o.Filters.Add(new AutoValidateAntiforgeryTokenAttribute());
                o.Filters.Add(new UnknownHandlerFilter());
            });
        services.AddOptions<MvcOptions>().Configure<IStringLocalizerFactory>((o, factory) => LocalizeModelBinding(o, factory.Create(typeof(SharedResource))));
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "__Host-paritas-af";
            o.Cookie.SecurePolicy = CookieSecurePolicy.Always;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.HttpOnly = true;
            o.FormFieldName = "__RequestVerificationToken";
        });
        services.Configure<RequestLocalizationOptions>(o =>
        {
            o.SetDefaultCulture(Cultures.Default);
            o.SupportedCultures = [.. Cultures.All];
            o.SupportedUICultures = [.. Cultures.All];
            o.FallBackToParentCultures = true;
            o.FallBackToParentUICultures = true;
            o.RequestCultureProviders =
            [
                new CookieRequestCultureProvider { CookieName = CultureCookie },
                new AcceptLanguageHeaderRequestCultureProvider(),
            ];
        });
        services.AddHsts(o =>
        {
            o.MaxAge = TimeSpan.FromDays(365);
            o.IncludeSubDomains = true;
        });
        services.AddProblemDetails();
        // Nine languages: write their letters as they are, not as numeric entities.
        services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o => o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        services.AddDataProtection().SetApplicationName("Paritas").PersistKeysToDbContext<AppDbContext>();
        return services;
    }

    /// <summary>Pages anyone may open without signing in. Everything else needs a signed-in user.</summary>
    public static readonly string[] PublicPages =
    [
        "/Index", "/Accessibility", "/Privacy", "/Error", "/Culture",
        "/Account/SignIn", "/Account/SecondFactor", "/Account/AcceptInvitation", "/Account/Denied", "/Setup/Index",
    ];

    public static WebApplication UseShell(this WebApplication app)
    {
        app.UseTransportSecurity();
        app.UseSecurityHeaders();
        if (!app.Environment.IsDevelopment())
        {
            // Machines get RFC 9457 problem details, people a page; neither sees the cause.
            app.UseWhen(IsApi, api => api.UseExceptionHandler());
            app.UseWhen(c => !IsApi(c), pages => pages.UseExceptionHandler("/Error"));
            app.UseHsts();
        }

        app.UseWhen(IsApi, api => api.UseStatusCodePages());
        app.UseWhen(c => !IsApi(c), pages => pages.UseStatusCodePagesWithReExecute("/Error", "?code={0}"));
        app.UseRequestLocalization();
        app.UseRouting();
        return app;
    }

    public static WebApplication MapShellEndpoints(this WebApplication app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") }).AllowAnonymous();
        return app;
    }

    public static bool IsApi(HttpContext context) => context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase);

    private static void LocalizeModelBinding(MvcOptions o, IStringLocalizer l)
    {
        var m = o.ModelBindingMessageProvider;
        // The value a person typed is never repeated back: it may be personal.
        m.SetAttemptedValueIsInvalidAccessor((_, field) => l["The value entered for {0} is not valid.", field]);
        m.SetMissingBindRequiredValueAccessor(field => l["Enter {0}.", field]);
        m.SetMissingKeyOrValueAccessor(() => l["Enter a value."]);
        m.SetMissingRequestBodyRequiredValueAccessor(() => l["The form was empty. Fill it in and try again."]);
        m.SetNonPropertyAttemptedValueIsInvalidAccessor(_ => l["The value entered is not valid."]);
        m.SetNonPropertyUnknownValueIsInvalidAccessor(() => l["The value entered is not valid."]);
        m.SetNonPropertyValueMustBeANumberAccessor(() => l["Enter a number."]);
        m.SetUnknownValueIsInvalidAccessor(field => l["The value entered for {0} is not valid.", field]);
        m.SetValueIsInvalidAccessor(_ => l["The value entered is not valid."]);
        m.SetValueMustBeANumberAccessor(field => l["{0} must be a number.", field]);
        m.SetValueMustNotBeNullAccessor(field => l["Enter {0}.", field]);
    }
}
