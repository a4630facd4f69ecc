using System.Text;
using Microsoft.EntityFrameworkCore;
using Paritas.IntegrationTests.Absence;
using Paritas.Web.Features.Accounts;
using Paritas.Web.Features.Concerns;

namespace Paritas.IntegrationTests.Concerns;

/// <summary>
/// Acceptance 2: nothing stored or logged ties an anonymous concern to a person, a device or a
/// precise time; the receipt is nowhere in clear; a photo loses its location; and the database
/// alone (or an administrator's or one side's sign-in without the member's key) does not give the words.
/// </summary>
public sealed class ReporterPrivacyTests(LogCapturingFactory app) : IClassFixture<LogCapturingFactory>
{
    private const string Agent = "PrivacyProbeAgent/7.3 (Pixel 9; Android 15)";
    private const string Address = "203.0.113.77";
    private const string Referrer = "https://intranet.example/probe-referrer";

    private static readonly Type[] ConcernTables =
        [typeof(Concern), typeof(ConcernMessage), typeof(ConcernAttachment), typeof(ConcernKeyShare), typeof(CommitteeKey), typeof(ConcernAlert), typeof(IdentityApproval), typeof(ConcernObligation), typeof(ConcernSettings)];

    [Fact]
    public async Task No_address_device_time_receipt_words_or_location_is_kept_or_logged()
    {
        var world = await app.ArrangeConcernWorldAsync();
        var marker = "MARKER-" + Guid.NewGuid().ToString("N");
        var reply = "REPLY-" + Guid.NewGuid().ToString("N");
        var reporter = app.NewReporter();
        var response = await reporter.PostConcernAsync(world, $"Location tracking is used to rank us. {marker}", "PrivacyAndMonitoring", photo: GeotaggedPhoto.Build(), decorate: Identify);
        var html = await response.Content.ReadAsStringAsync();
        var receipt = System.Text.RegularExpressions.Regex.Match(html, "<code id=\"receipt\">([0-9A-Z-]+)</code>").Groups[1].Value;
        Assert.NotEmpty(receipt);
        Assert.Contains("no-store", response.Headers.CacheControl?.ToString() ?? "", StringComparison.Ordinal);
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
        await reporter.FollowAsync(receipt, "Reply", new() { ["Form.Reply"] = reply });

        var logs = string.Join('\n', app.Logs.Lines);
        var database = await DatabaseText.ReadAsync(app);
        foreach (var secret in new[] { receipt, receipt.Replace("-", "", StringComparison.Ordinal), marker, reply, Agent, Address, Referrer, "PrivacyProbeAgent", GeotaggedPhoto.CameraMarker })
        {
            Assert.DoesNotContain(secret, logs, StringComparison.Ordinal);
            Assert.DoesNotContain(secret, database, StringComparison.Ordinal);
        }

        // The committee reads the photo, and it has no EXIF left: no position, no camera.
        var id = await app.OnlyConcernOfAsync(world);
        var committee = await app.CommitteeBrowserAsync(world.Worker);
        var details = await (await committee.GetAsync($"/Concerns/Details?id={id}")).Content.ReadAsStringAsync();
        Assert.Contains(marker, details, StringComparison.Ordinal);
        var photoId = System.Text.RegularExpressions.Regex.Match(details, "attachment=([0-9a-f-]{36})").Groups[1].Value;
        var photo = await (await committee.GetAsync($"/Concerns/Details?handler=Photo&id={id}&attachment={photoId}")).Content.ReadAsByteArrayAsync();
        Assert.True(photo.Length > 100);
        Assert.DoesNotContain("Exif", Encoding.Latin1.GetString(photo), StringComparison.Ordinal);
        Assert.DoesNotContain(GeotaggedPhoto.CameraMarker, Encoding.Latin1.GetString(photo), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_concern_tables_have_no_time_finer_than_a_day_and_nothing_that_names_the_anonymous_reporter()
    {
        var world = await app.ArrangeConcernWorldAsync();
        var reporter = app.NewReporter();
        var receipt = await reporter.RaiseAsync(world, "Keystroke logging on the case system.", "PrivacyAndMonitoring");
        await reporter.FollowAsync(receipt, "Reply", new() { ["Form.Reply"] = "More detail." });

        var columns = await app.WithScopeAsync((_, db) => Task.FromResult(ConcernTables
            .SelectMany(t => db.Model.FindEntityType(t)!.GetProperties().Select(p => (Table: t.Name, p.Name, p.ClrType)))
            .ToList()));
        Assert.DoesNotContain(columns, c => (Nullable.GetUnderlyingType(c.ClrType) ?? c.ClrType) is var t && (t == typeof(DateTime) || t == typeof(DateTimeOffset) || t == typeof(TimeOnly)));
        Assert.DoesNotContain(columns, c => c.Table == nameof(Concern) && c.Name.Contains("User", StringComparison.Ordinal));
        Assert.DoesNotContain(columns, c => c.Name.Contains("Ip", StringComparison.Ordinal) || c.Name.Contains("Agent", StringComparison.Ordinal) || c.Name.Contains("Referrer", StringComparison.Ordinal));

        var stored = await app.WithScopeAsync(async (_, db) => new
        {
            Concern = await db.Concerns.IgnoreQueryFilters().SingleAsync(c => c.OrganisationId == world.Organisation.Id),
            Messages = await db.ConcernMessages.IgnoreQueryFilters().Where(m => m.OrganisationId == world.Organisation.Id).ToListAsync(),
        });
        Assert.Null(stored.Concern.Identity);
        Assert.Equal(4, stored.Concern.Id.Version);
        Assert.All(stored.Messages, m => Assert.Null(m.AuthorUserId));
        Assert.All(stored.Messages, m => Assert.Equal(4, m.Id.Version));
    }

    [Fact]
    public async Task An_administrator_or_a_member_without_the_unlocked_key_does_not_see_the_words()
    {
        var world = await app.ArrangeConcernWorldAsync();
        await app.NewReporter().RaiseAsync(world, "SECRET-WORDS about the rota system.");
        var id = await app.OnlyConcernOfAsync(world);

        var administrator = await app.SignInAsAsync(Role.OrganisationAdministrator, world.Organisation);
        var adminView = await administrator.GetAsync($"/Concerns/Details?id={id}");
        var lockedMember = await app.SignInAsync(world.Employer);
        var lockedView = await (await lockedMember.GetAsync($"/Concerns/Details?id={id}")).Content.ReadAsStringAsync();
        var wrongPassphrase = await lockedMember.PostFormAsync("/Concerns/Key?handler=Unlock", new() { ["Form.Passphrase"] = "not the passphrase at all" }, "/Concerns/Key");

        Assert.Equal(System.Net.HttpStatusCode.NotFound, adminView.StatusCode);
        Assert.Contains("The words are sealed.", lockedView, StringComparison.Ordinal);
        Assert.DoesNotContain("SECRET-WORDS", lockedView, StringComparison.Ordinal);
        Assert.Contains("That passphrase does not unlock your concern key.", await wrongPassphrase.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain("SECRET-WORDS", await DatabaseText.ReadAsync(app), StringComparison.Ordinal);
    }

    private static void Identify(HttpRequestMessage request)
    {
        request.Headers.TryAddWithoutValidation("User-Agent", Agent);
        request.Headers.TryAddWithoutValidation("Referer", Referrer);
        request.Headers.TryAddWithoutValidation("X-Forwarded-For", Address);
    }
}
