using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Paritas.Web.Features.Accounts;
using Paritas.Web.Features.Api;

namespace Paritas.IntegrationTests.CommandLine;

[Collection(ProcessEnvironment.Name)]
public sealed partial class UsersAndTokensCommandTests(ParitasFactory app) : IClassFixture<ParitasFactory>
{
    [Fact]
    public async Task Help_lists_the_verbs()
    {
        var result = await Cli.RunAsync(app, ["--help"]);

        Assert.Equal(0, result.ExitCode);
        foreach (var verb in new[] { "migrate", "seed-demo", "users", "tokens", "audit" })
        {
            Assert.Matches(new Regex($@"^\s+{verb}\b", RegexOptions.Multiline), result.Out);
        }
    }

    [Fact]
    public async Task Users_add_creates_a_person_with_a_role_and_prints_a_generated_password_once()
    {
        var org = await app.CreateOrganisationAsync();
        var email = $"cli{Guid.NewGuid():N}@example.org";

        var result = await Cli.RunAsync(app, ["users", "add", "--email", email, "--name", "Kari Nordmann", "--organisation", org.Slug, "--role", nameof(Role.EmployerRepresentative)]);

        Assert.Equal(0, result.ExitCode);
        var password = GeneratedPassword().Matches(result.Out);
        Assert.Single(password);
        Assert.Single(Regex.Matches(result.Out, Regex.Escape(password[0].Groups[1].Value)));
        var role = await app.WithScopeAsync((_, db) => db.Memberships.IgnoreQueryFilters()
            .Join(db.Users, m => m.UserId, u => u.Id, (m, u) => new { m.OrganisationId, m.Role, u.Email, u.DisplayName })
            .Where(x => x.Email == email)
            .Select(x => new { x.OrganisationId, x.Role, x.DisplayName })
            .SingleAsync());
        Assert.Equal((org.Id, Role.EmployerRepresentative, "Kari Nordmann"), (role.OrganisationId, role.Role, role.DisplayName));

        // The printed password is the real one: it signs in (and the role then asks for a second factor).
        var signIn = await app.NewBrowser().PostFormAsync("/Account/SignIn", new() { ["Form.Email"] = email, ["Form.Password"] = password[0].Groups[1].Value });
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Equal("/Start", signIn.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Users_add_with_an_unknown_organisation_exits_1_with_a_clear_message_and_adds_nobody()
    {
        var email = $"cli{Guid.NewGuid():N}@example.org";

        var result = await Cli.RunAsync(app, ["users", "add", "--email", email, "--name", "Nobody", "--organisation", "no-such-place", "--role", nameof(Role.Viewer)]);

        Assert.Equal(1, result.ExitCode);
        Assert.True(result.Error.Contains("No organisation has the short name 'no-such-place'.", StringComparison.Ordinal), result.Error);
        Assert.Equal(0, await app.CountAsync(db => db.Users.Where(u => u.Email == email)));
    }

    [Fact]
    public async Task A_verb_on_a_database_that_was_never_migrated_says_to_run_migrate_first()
    {
        var file = Path.Combine(Path.GetTempPath(), $"paritas-unmigrated-{Guid.NewGuid():N}.db");
        try
        {
            var result = await Cli.RunAsync(app, ["audit", "verify"], overrides: new Dictionary<string, string?>
            {
                ["Database__Provider"] = "Sqlite",
                ["ConnectionStrings__Paritas"] = $"Data Source={file};Pooling=False",
                ["ConnectionStrings__ParitasOwner"] = null,
                ["Database__ApplicationRole"] = null,
            });

            Assert.Equal(1, result.ExitCode);
            Assert.True(result.Error.Contains("Run `paritas migrate` first.", StringComparison.Ordinal), result.Error);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task Users_add_refuses_a_common_password_from_standard_input()
    {
        var org = await app.CreateOrganisationAsync();
        var email = $"cli{Guid.NewGuid():N}@example.org";

        var result = await Cli.RunAsync(app, ["users", "add", "--email", email, "--name", "Weak", "--organisation", org.Slug, "--role", nameof(Role.Viewer), "--password-stdin"], "password123\n");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("This password is too common.", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("password123", result.Out + result.Error, StringComparison.Ordinal);
        Assert.Equal(0, await app.CountAsync(db => db.Users.Where(u => u.Email == email)));
    }

    [Fact]
    public async Task Tokens_create_prints_a_token_that_works_against_the_API()
    {
        var org = await app.CreateOrganisationAsync();
        var user = await app.CreateUserAsync(org, Role.DigitalAgent);

        var result = await Cli.RunAsync(app, ["tokens", "create", "--email", user.Email, "--organisation", org.Slug, "--name", "reporting", "--days", "30"]);

        Assert.Equal(0, result.ExitCode);
        var token = result.Out.Trim();
        Assert.StartsWith(AccessTokens.ApiPrefix, token, StringComparison.Ordinal);
        var me = await app.ApiClient(token).GetFromJsonAsync<ApiV1.MeResponse>("/api/v1/me");
        Assert.Equal((user.Id, org.Slug, nameof(Role.DigitalAgent)), (me!.UserId, me.Organisation, me.Role));
        Assert.Equal(0, await app.CountAsync(db => db.PersonalAccessTokens.Where(t => t.SecretHash == token)));
    }

    [Fact]
    public async Task Tokens_create_for_an_organisation_the_person_does_not_belong_to_exits_1()
    {
        var home = await app.CreateOrganisationAsync();
        var other = await app.CreateOrganisationAsync();
        var user = await app.CreateUserAsync(home, Role.Viewer);

        var result = await Cli.RunAsync(app, ["tokens", "create", "--email", user.Email, "--organisation", other.Slug]);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("does not belong to that organisation", result.Error, StringComparison.Ordinal);
        Assert.Equal(0, await app.CountAsync(db => db.PersonalAccessTokens.Where(t => t.OrganisationId == other.Id)));
    }

    [GeneratedRegex(@"Password \(shown once\): (\S+)")]
    private static partial Regex GeneratedPassword();
}
