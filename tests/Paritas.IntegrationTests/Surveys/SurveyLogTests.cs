using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Paritas.Web.Features.Accounts;
using Paritas.Web.Features.Surveys;

namespace Paritas.IntegrationTests.Surveys;

/// <summary>Acceptance 4: logs written while a survey runs — at every level, scopes included — carry no token and no response id.</summary>
public sealed class SurveyLogTests(SurveyLogTests.CapturingFactory app) : IClassFixture<SurveyLogTests.CapturingFactory>
{
    [Fact]
    public async Task Logs_during_a_survey_contain_no_token_and_no_response_id()
    {
        await app.EnsureTestInstrumentAsync();
        var org = await app.CreateOrganisationAsync();
        await app.CreateUnitTreeAsync(org);
        var api = await app.ApiClientAsync(Role.EmployerRepresentative, org);
        var wave = await api.OpenWaveAsync(await api.CreateSurveyAsync());
        var tokens = await api.IssueTokensAsync(wave, "A", 6);

        var phone = app.NewBrowser();
        Assert.Equal(HttpStatusCode.Redirect, (await phone.GetAsync($"/a?c={tokens[0]}")).StatusCode);
        await phone.PostFormAsync("/Surveys/Answer?handler=Section&step=1", new() { ["a.w1"] = "2", ["direction"] = "next" }, "/Surveys/Answer?step=1");
        await phone.PostFormAsync("/Surveys/Answer?handler=Submit", new(), "/Surveys/Answer?step=3");
        var typed = app.NewBrowser();
        await typed.PostFormAsync("/Surveys/Answer?handler=Start", new() { ["Code"] = tokens[1] }, "/Surveys/Answer");
        await typed.PostFormAsync("/Surveys/Answer?handler=Section&step=2", new() { ["a.comment"] = "Too many apps", ["direction"] = "next" }, "/Surveys/Answer?step=2");
        await typed.PostFormAsync("/Surveys/Answer?handler=Submit", new(), "/Surveys/Answer?step=3");
        await app.Anonymous().AnswerAllAsync(tokens.Skip(2), _ => new { w1 = 3 });
        await app.Anonymous().SubmitAsync(tokens[2], new { w1 = 3 });
        var idsBeforeClose = await ResponseIdsAsync(wave);
        await api.CloseAsync(wave);
        await api.ResultsAsync(wave);
        var ids = idsBeforeClose.Concat(await ResponseIdsAsync(wave)).ToList();
        Assert.Equal(12, ids.Count);

        var logs = string.Join("\n", app.Logs);
        Assert.NotEmpty(app.Logs);
        foreach (var token in tokens)
        {
            Assert.DoesNotContain(token, logs, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(SurveyTokens.Display(token), logs, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(SurveyTokens.Hash(token), logs, StringComparison.OrdinalIgnoreCase);
        }

        foreach (var id in ids)
        {
            Assert.DoesNotContain(id.ToString("D"), logs, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(id.ToString("N"), logs, StringComparison.OrdinalIgnoreCase);
        }
    }

    private Task<List<Guid>> ResponseIdsAsync(Guid wave)
        => app.WithScopeAsync((_, db) => db.Set<SurveyResponse>().IgnoreQueryFilters().Where(r => r.WaveId == wave).Select(r => r.Id).ToListAsync());

    /// <summary>The application with every log message, at every level, and every scope, kept in memory.</summary>
    public sealed class CapturingFactory : ParitasFactory
    {
        public ConcurrentQueue<string> Logs { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Trace));
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
            var values = state is IEnumerable<KeyValuePair<string, object?>> pairs ? string.Join(" ", pairs.Select(p => $"{p.Key}={p.Value}")) : "";
            logs.Enqueue($"{category} scope: {state} {values}");
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
