using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Paritas.Web.Data;
using Paritas.Web.Features.Accounts;
using Paritas.Web.Features.Organisations;

namespace Paritas.IntegrationTests.Infrastructure;

/// <summary>
/// The application over HTTP, on its own database, with intent methods so tests say what they
/// are about: <c>await app.SignInAsAsync(Role.EmployerRepresentative, org)</c>.
/// </summary>
public partial class ParitasFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string Password = "correct horse battery staple";

    private TestDatabase? database;

    public TestClock Clock { get; } = new();

    public TestDatabase Database => database ?? throw new InvalidOperationException("Not initialised.");

    public string MailFolder { get; } = Path.Combine(Path.GetTempPath(), "paritas-tests", "mail-" + Guid.NewGuid().ToString("N"));

    /// <summary>Settings a test class may change before the first request (e.g. a low rate limit).</summary>
    protected virtual IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>();

    protected virtual string EnvironmentName => "Testing";

    public async Task InitializeAsync() => database = await TestDatabase.CreateAsync();

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        if (database is not null)
        {
            await database.DisposeAsync();
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(EnvironmentName);
        builder.UseSetting("ConnectionStrings:Paritas", Database.ConnectionString);
        builder.UseSetting("Database:Provider", Database.IsPostgres ? "Postgres" : "Sqlite");
        if (Database.IsPostgres)
        {
            builder.UseSetting("ConnectionStrings:ParitasOwner", Database.OwnerConnectionString);
            builder.UseSetting("Database:ApplicationRole", TestDatabase.AppRole);
        }

        builder.UseSetting("Mail:PickupDirectory", MailFolder);
        builder.UseSetting("Accounts:SignInAttemptsPerMinute", "10000");
        // Tests send overdue alerts themselves, for the day they choose; the daily job would race them.
        builder.UseSetting("ObligationAlerts:Enabled", "false");
        builder.UseSetting("Training:AlertsEnabled", "false");
        builder.UseSetting("Concerns:DailyJobEnabled", "false");
        foreach (var (key, value) in ExtraSettings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    }

    /// <summary>A browser-like client: cookies kept, redirects not followed, HTTPS so Secure cookies travel.</summary>
    public HttpClient NewBrowser() => CreateClient(new WebApplicationFactoryClientOptions
    {
        BaseAddress = new Uri("https://localhost"),
        AllowAutoRedirect = false,
        HandleCookies = true,
    });

    public async Task<T> WithScopeAsync<T>(Func<IServiceProvider, AppDbContext, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        using var system = db.Tenant.EnterSystemScope();
        return await work(scope.ServiceProvider, db);
    }

    public Task<Organisation> CreateOrganisationAsync(string? name = null) => WithScopeAsync(async (_, db) =>
    {
        await DemoSeed.EnsureCountriesAsync(db, default);
        var slug = "org-" + Guid.NewGuid().ToString("N")[..10];
        var org = new Organisation(name ?? "Municipality " + slug, slug, "NO");
        db.Organisations.Add(org);
        await db.SaveChangesAsync();
        return org;
    });

    /// <summary>A person with a role in an organisation and, unless told otherwise, an authenticator set up.</summary>
    public Task<TestUser> CreateUserAsync(Organisation? organisation, Role? role, bool withAuthenticator = true, bool platformAdministrator = false)
        => WithScopeAsync(async (services, db) =>
        {
            var users = services.GetRequiredService<UserManager<AppUser>>();
            var email = $"u{Guid.NewGuid():N}@example.org";
            var user = new AppUser { UserName = email, Email = email, DisplayName = "Test " + email[..9], EmailConfirmed = true, IsPlatformAdministrator = platformAdministrator };
            var created = await users.CreateAsync(user, Password);
            Assert.True(created.Succeeded, string.Join("; ", created.Errors.Select(e => e.Description)));
            string? key = null;
            if (withAuthenticator)
            {
                await users.ResetAuthenticatorKeyAsync(user);
                key = await users.GetAuthenticatorKeyAsync(user);
                await users.SetTwoFactorEnabledAsync(user, true);
            }

            if (organisation is not null && role is { } r)
            {
                db.Memberships.Add(new Membership(user.Id, organisation.Id, r));
                await db.SaveChangesAsync();
            }

            return new TestUser(user.Id, email, Password, key);
        });

    public async Task<HttpClient> SignInAsAsync(Role role, Organisation organisation)
        => await SignInAsync(await CreateUserAsync(organisation, role));

    /// <summary>Signs in through the real pages: password, then a fresh TOTP code.</summary>
    public async Task<HttpClient> SignInAsync(TestUser user)
    {
        var browser = NewBrowser();
        var response = await browser.PostFormAsync("/Account/SignIn", new() { ["Form.Email"] = user.Email, ["Form.Password"] = user.Password });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        if (user.AuthenticatorKey is not null)
        {
            Assert.StartsWith("/Account/SecondFactor", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
            response = await browser.PostFormAsync("/Account/SecondFactor", new() { ["Form.Code"] = NextCode(user) });
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        }

        return browser;
    }

    /// <summary>A code for a step no earlier code used: the clock moves on a step first.</summary>
    public string NextCode(TestUser user)
    {
        Clock.Advance(TimeSpan.FromSeconds(Totp.StepSeconds));
        return Totp.Code(Base32.Decode(user.AuthenticatorKey!), Totp.StepAt(Clock.GetUtcNow()));
    }

    public Task<string> CreateTokenAsync(TestUser user, Organisation organisation, int days = 30)
        => WithScopeAsync((services, _) => services.GetRequiredService<TokenIssuer>().CreateAsync(user.Id, organisation.Id, "test", days, default));

    public async Task<HttpClient> ApiClientAsync(Role role, Organisation organisation)
    {
        var user = await CreateUserAsync(organisation, role);
        return ApiClient(await CreateTokenAsync(user, organisation));
    }

    public HttpClient ApiClient(string token)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false, HandleCookies = false });
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public Task<int> CountAsync<T>(Func<AppDbContext, IQueryable<T>> query)
        where T : class
        => WithScopeAsync((_, db) => query(db).IgnoreQueryFilters().CountAsync());
}

public sealed record TestUser(Guid Id, string Email, string Password, string? AuthenticatorKey);

public static partial class BrowserExtensions
{
    /// <summary>Opens the page first, as a browser would, to get its antiforgery token; then posts the form.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient browser, string url, Dictionary<string, string> fields, string? pageUrl = null)
    {
        var page = await browser.GetAsync(pageUrl ?? url);
        var html = await page.Content.ReadAsStringAsync();
        Assert.True(AntiforgeryField().IsMatch(html), $"No antiforgery token on {pageUrl ?? url} (status {(int)page.StatusCode}).");
        fields["__RequestVerificationToken"] = AntiforgeryToken(html);
        return await browser.PostAsync(url, new FormUrlEncodedContent(fields));
    }

    /// <summary>The first antiforgery token in a piece of HTML, decoded as a browser would send it; empty if none.</summary>
    public static string AntiforgeryToken(string html)
    {
        var token = AntiforgeryField().Match(html);
        return token.Success ? WebUtility.HtmlDecode(token.Groups[1].Value) : "";
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
