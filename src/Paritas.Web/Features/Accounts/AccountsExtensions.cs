using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Paritas.Web.Data;

namespace Paritas.Web.Features.Accounts;

public static class AccountsExtensions
{
    public const string SignInRateLimit = "sign-in";

    public static IServiceCollection AddAccounts(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AccountsOptions>().BindConfiguration(AccountsOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        var accounts = configuration.GetSection(AccountsOptions.Section).Get<AccountsOptions>() ?? new AccountsOptions();

        services.AddHttpContextAccessor();
        services.AddIdentityCore<AppUser>(o =>
            {
                // ASVS 2.1: at least 8 characters, long passphrases welcome, no composition rules.
                o.Password.RequiredLength = 8;
                o.Password.RequireDigit = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequiredUniqueChars = 1;
                o.Lockout.MaxFailedAccessAttempts = accounts.MaxFailedSignIns;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(accounts.LockoutMinutes);
                o.Lockout.AllowedForNewUsers = true;
                o.User.RequireUniqueEmail = true;
                o.SignIn.RequireConfirmedAccount = false;
                o.Tokens.AuthenticatorTokenProvider = SingleUseTotpProvider.Name;
            })
            .AddEntityFrameworkStores<AppDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders()
            .AddTokenProvider<SingleUseTotpProvider>(SingleUseTotpProvider.Name)
            .AddPasswordValidator<CommonPasswordValidator>();
        services.Configure<PasswordHasherOptions>(o => o.IterationCount = accounts.PasswordHashIterations);

        services.AddScoped<AccessResolver>();
        services.AddScoped<CurrentUser>();
        services.AddScoped<TokenIssuer>();
        services.AddScoped<SessionSignIn>();
        services.AddScoped<SessionCookieEvents>();

        services.AddAuthentication(o =>
            {
                o.DefaultScheme = "Paritas";
                o.DefaultChallengeScheme = "Paritas";
            })
            .AddPolicyScheme("Paritas", "Cookie or token", o => o.ForwardDefaultSelector = c =>
                c.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    ? TokenAuthenticationHandler.SchemeName
                    : IdentityConstants.ApplicationScheme)
            .AddCookie(IdentityConstants.ApplicationScheme, o =>
            {
                o.Cookie.Name = "__Host-paritas";
                Harden(o);
                o.LoginPath = "/Account/SignIn";
                o.LogoutPath = "/Account/SignOut";
                o.AccessDeniedPath = "/Account/Denied";
                o.ExpireTimeSpan = TimeSpan.FromHours(accounts.SessionHours);
                o.SlidingExpiration = true;
                o.EventsType = typeof(SessionCookieEvents);
            })
            .AddCookie(IdentityConstants.ExternalScheme, o =>
            {
                o.Cookie.Name = "__Host-paritas-ext";
                Harden(o);
            })
            .AddCookie(SessionSignIn.PendingScheme, o =>
            {
                o.Cookie.Name = "__Host-paritas-2fa";
                Harden(o);
                o.ExpireTimeSpan = TimeSpan.FromMinutes(5);
                o.SlidingExpiration = false;
            })
            .AddScheme<AuthenticationSchemeOptions, TokenAuthenticationHandler>(TokenAuthenticationHandler.SchemeName, null);

        services.AddAuthorization(Policies.Configure);

        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            // Counted in memory per client address, never stored. Only attempts (POSTs) count:
            // opening the form is not an attempt, and counting it would halve the allowance.
            o.AddPolicy(SignInRateLimit, c => HttpMethods.IsPost(c.Request.Method)
                ? RateLimitPartition.GetFixedWindowLimiter(
                    c.Connection.RemoteIpAddress?.ToString() ?? "local",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = accounts.SignInAttemptsPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 })
                : RateLimitPartition.GetNoLimiter("form"));
        });
        return services;
    }

    private static void Harden(CookieAuthenticationOptions o)
    {
        o.Cookie.HttpOnly = true;
        o.Cookie.SecurePolicy = CookieSecurePolicy.Always;
        o.Cookie.SameSite = SameSiteMode.Strict;
        o.Cookie.Path = "/";
    }
}
