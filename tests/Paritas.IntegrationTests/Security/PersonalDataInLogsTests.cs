using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Paritas.Web.Features.Accounts;

namespace Paritas.IntegrationTests.Security;

/// <summary>ASVS 7.1.1/7.1.2 and P1: no e-mail address, password, code or token secret ever reaches a log.</summary>
public sealed class PersonalDataInLogsTests(PersonalDataInLogsTests.CapturingFactory app) : IClassFixture<PersonalDataInLogsTests.CapturingFactory>
{
    [Fact]
    public async Task Sign_ins_failures_and_tokens_leave_no_personal_data_or_secrets_in_the_logs()
    {
        var org = await app.CreateOrganisationAsync();
        var user = await app.CreateUserAsync(org, Role.EmployerRepresentative);
        var wrongPassword = "wrong-" + Guid.NewGuid().ToString("N");
        var secrets = new List<string> { user.Email, user.Email.Split('@')[0], user.Password, user.AuthenticatorKey!, wrongPassword };
        app.Logs.Clear();

        var failed = await app.NewBrowser().PostFormAsync("/Account/SignIn", new() { ["Form.Email"] = user.Email, ["Form.Password"] = wrongPassword });
        var unknown = await app.NewBrowser().PostFormAsync("/Account/SignIn", new() { ["Form.Email"] = "someone.unknown@example.org", ["Form.Password"] = wrongPassword });
        secrets.Add("someone.unknown");
        var browser = app.NewBrowser();
        await browser.PostFormAsync("/Account/SignIn", new() { ["Form.Email"] = user.Email, ["Form.Password"] = user.Password });
        var code = app.NextCode(user);
        secrets.Add(code);
        var signedIn = await browser.PostFormAsync("/Account/SecondFactor", new() { ["Form.Code"] = code });
        var wrongCode = await SecondFactorWithWrongCodeAsync(user);
        secrets.Add(wrongCode);
        var token = await app.CreateTokenAsync(user, org);
        secrets.Add(token);
        secrets.Add(AccessTokens.Hash(token));
        var me = await app.ApiClient(token).GetAsync("/api/v1/me");

        Assert.Equal(HttpStatusCode.OK, failed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal(HttpStatusCode.OK, me.StatusCode);
        var logs = app.Logs.ToArray();
        Assert.NotEmpty(logs);
        foreach (var secret in secrets)
        {
            var leak = logs.FirstOrDefault(l => l.Contains(secret, StringComparison.OrdinalIgnoreCase));
            Assert.True(leak is null, $"A log line gives away a personal value or secret: {leak}");
        }
    }

    private async Task<string> SecondFactorWithWrongCodeAsync(TestUser user)
    {
        var browser = app.NewBrowser();
        await browser.PostFormAsync("/Account/SignIn", new() { ["Form.Email"] = user.Email, ["Form.Password"] = user.Password });
        var right = app.NextCode(user);
        var wrong = ((int.Parse(right, System.Globalization.CultureInfo.InvariantCulture) + 500_000) % 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
        var response = await browser.PostFormAsync("/Account/SecondFactor", new() { ["Form.Code"] = wrong });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return wrong;
    }

    /// <summary>The application with every log message, at every level, kept in memory.</summary>
    public sealed class CapturingFactory : ParitasFactory
    {
        public ConcurrentQueue<string> Logs { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddFilter(_ => true));
            builder.ConfigureTestServices(services => services.AddSingleton<ILoggerProvider>(new CapturingLoggerProvider(Logs)));
        }
    }

    private sealed class CapturingLoggerProvider(ConcurrentQueue<string> logs) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new CapturingLogger(categoryName, logs);

        public void Dispose()
        {
        }
    }

    private sealed class CapturingLogger(string category, ConcurrentQueue<string> logs) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull
        {
            logs.Enqueue($"{category} scope: {state}");
            return null;
        }

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var values = state is IEnumerable<KeyValuePair<string, object?>> pairs ? string.Join(" ", pairs.Select(p => $"{p.Key}={p.Value}")) : "";
            logs.Enqueue($"{logLevel} {category}: {formatter(state, exception)} {values} {exception}");
        }
    }
}
