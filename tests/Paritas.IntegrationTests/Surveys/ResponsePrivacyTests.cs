using System.Net;
using Microsoft.EntityFrameworkCore;
using Paritas.Web.Features.Accounts;
using Paritas.Web.Features.Surveys;

namespace Paritas.IntegrationTests.Surveys;

/// <summary>Acceptance 3: nothing pairs a response with its token, and a token answers once even under a race.</summary>
public sealed class ResponsePrivacyTests(ParitasFactory app) : IClassFixture<ParitasFactory>
{
    [Fact]
    public async Task Twenty_concurrent_submissions_with_one_token_store_exactly_one_response()
    {
        await app.EnsureTestInstrumentAsync();
        var org = await app.CreateOrganisationAsync();
        await app.CreateUnitTreeAsync(org);
        var api = await app.ApiClientAsync(Role.EmployerRepresentative, org);
        var wave = await api.OpenWaveAsync(await api.CreateSurveyAsync());
        var token = (await api.IssueTokensAsync(wave, "A", 1))[0];

        using var gate = new ManualResetEventSlim();
        var submissions = Enumerable.Range(0, 20).Select(i => Task.Run(async () =>
        {
            var client = app.Anonymous();
            gate.Wait();
            return (await client.SubmitAsync(token, new { w1 = 1 + (i % 5) })).StatusCode;
        })).ToList();
        gate.Set();
        var outcomes = await Task.WhenAll(submissions);

        Assert.Equal(1, outcomes.Count(s => s == HttpStatusCode.Accepted));
        Assert.Equal(19, outcomes.Count(s => s == HttpStatusCode.NotFound));
        Assert.Equal(1, await app.CountAsync(db => db.Set<SurveyResponse>().Where(r => r.WaveId == wave)));
    }

    [Fact]
    public async Task A_response_row_shares_no_column_id_order_or_time_with_its_token()
    {
        await app.EnsureTestInstrumentAsync();
        var org = await app.CreateOrganisationAsync();
        await app.CreateUnitTreeAsync(org);
        var api = await app.ApiClientAsync(Role.EmployerRepresentative, org);
        var wave = await api.OpenWaveAsync(await api.CreateSurveyAsync());
        var tokens = await api.IssueTokensAsync(wave, "A", 30);
        var anonymous = app.Anonymous();
        for (var i = 0; i < tokens.Length; i++)
        {
            Assert.Equal(HttpStatusCode.Accepted, (await anonymous.SubmitAsync(tokens[i], new { w1 = 1, comment = $"answer {i:D2}" })).StatusCode);
        }

        await app.WithScopeAsync(async (_, db) =>
        {
            // The columns: a response names only its wave and cell, never a token, a hash or a time.
            var response = db.Model.FindEntityType(typeof(SurveyResponse))!;
            var columns = response.GetProperties().Select(p => p.Name).ToHashSet();
            Assert.Equal(new HashSet<string> { "Id", "OrganisationId", "WaveId", "UnitId", "Dimension", "GroupCode", "Answers" }, columns);
            Assert.DoesNotContain(response.GetProperties(), p => p.ClrType == typeof(DateTime) || p.ClrType == typeof(DateTimeOffset) || p.ClrType == typeof(DateOnly) || p.ClrType == typeof(DateTime?) || p.ClrType == typeof(DateTimeOffset?));
            Assert.DoesNotContain(response.GetForeignKeys(), f => f.PrincipalEntityType.ClrType == typeof(SurveyToken));

            // The ids: random version-4 UUIDs (not time-ordered v7), none equal to a token's id.
            var ids = await db.Set<SurveyResponse>().IgnoreQueryFilters().Where(r => r.WaveId == wave).Select(r => r.Id).ToListAsync();
            var tokenIds = await db.Set<SurveyToken>().IgnoreQueryFilters().Where(t => t.WaveId == wave).Select(t => t.Id).ToListAsync();
            Assert.Equal(30, ids.Count);
            Assert.All(ids, id => Assert.Equal(4, id.Version));
            Assert.Empty(ids.Intersect(tokenIds));
            return true;
        });

        await api.CloseAsync(wave);
        await app.WithScopeAsync(async (_, db) =>
        {
            // The order: after closing, the stored order is no longer the order of submission.
            var ordered = db.Database.IsSqlite()
                ? await db.Database.SqlQuery<string>($"SELECT \"Answers\" AS \"Value\" FROM \"SurveyResponses\" WHERE \"WaveId\" = {wave} ORDER BY rowid").ToListAsync()
                : await db.Database.SqlQuery<string>($"SELECT \"Answers\" AS \"Value\" FROM \"SurveyResponses\" WHERE \"WaveId\" = {wave} ORDER BY ctid").ToListAsync();
            var submitted = Enumerable.Range(0, 30).Select(i => $"answer {i:D2}").ToList();
            Assert.Equal(30, ordered.Count);
            Assert.NotEqual(submitted, ordered.Select(a => AnswerSheet.FromJson(a).Texts["comment"]).ToList());
            if (!db.Database.IsSqlite())
            {
                // The time: PostgreSQL's transaction ids no longer pair a response with a token: all were rewritten by the close.
                var responseXids = await db.Database.SqlQuery<string>($"SELECT xmin::text AS \"Value\" FROM \"SurveyResponses\" WHERE \"WaveId\" = {wave}").ToListAsync();
                var tokenXids = await db.Database.SqlQuery<string>($"SELECT xmin::text AS \"Value\" FROM \"SurveyTokens\" WHERE \"WaveId\" = {wave}").ToListAsync();
                Assert.Single(responseXids.Distinct());
                Assert.Single(tokenXids.Distinct());
            }

            return true;
        });
    }
}
