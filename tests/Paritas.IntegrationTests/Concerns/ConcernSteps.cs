using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Paritas.IntegrationTests.Changes;
using Paritas.Web.Features.Accounts;
using Paritas.Web.Features.Concerns;
using Paritas.Web.Features.Organisations;

namespace Paritas.IntegrationTests.Concerns;

/// <summary>An organisation with a change, a unit and a joint committee of one member per side, each with a concern key.</summary>
public sealed record ConcernWorld(Organisation Organisation, Unit Unit, Guid ChangeId, TestUser Employer, TestUser Worker)
{
    public string ReportUrl => $"/Concerns/Report/{Organisation.Slug}/{Unit.Id}";
}

public static partial class ConcernSteps
{
    public const string Passphrase = "a long committee passphrase";

    public static async Task<ConcernWorld> ArrangeConcernWorldAsync(this ParitasFactory app)
    {
        var org = await app.CreateOrganisationAsync();
        var units = await app.CreateUnitsAsync(org, 1);
        var employer = await app.SeatAsync(org, Role.EmployerRepresentative, Side.Employer, CommitteeRole.Chair);
        var worker = await app.SeatAsync(org, Role.WorkersRepresentative, Side.Workers, CommitteeRole.ShopSteward);
        var changeId = await (await app.SignInAsync(employer)).RegisterChangeAsync("Mobile care app", (units[0].Id, 40, app.Today().AddDays(30)));
        await app.SetUpConcernKeyAsync(org, employer);
        await app.SetUpConcernKeyAsync(org, worker);
        return new ConcernWorld(org, units[0], changeId, employer, worker);
    }

    public static Task SetUpConcernKeyAsync(this ParitasFactory app, Organisation org, TestUser user) => app.WithScopeAsync(async (services, db) =>
    {
        db.Tenant.SetOrganisation(org.Id);
        await services.GetRequiredService<CommitteeKeyRing>().SetUpAsync(org.Id, user.Id, Passphrase, default);
        return 0;
    });

    /// <summary>A committee member signed in, with their concern key unlocked.</summary>
    public static async Task<HttpClient> CommitteeBrowserAsync(this ParitasFactory app, TestUser user)
    {
        var browser = await app.SignInAsync(user);
        var unlocked = await browser.PostFormAsync("/Concerns/Key?handler=Unlock", new() { ["Form.Passphrase"] = Passphrase }, "/Concerns/Key");
        Assert.Equal(HttpStatusCode.Redirect, unlocked.StatusCode);
        return browser;
    }

    /// <summary>Raises a concern through the public page, as a worker without an account, and returns the receipt shown.</summary>
    public static async Task<string> RaiseAsync(this HttpClient reporter, ConcernWorld world, string text, string category = "Equipment", string reporterChoice = "Anonymous", byte[]? photo = null, Action<HttpRequestMessage>? decorate = null, Dictionary<string, string>? extra = null)
    {
        var response = await reporter.PostConcernAsync(world, text, category, reporterChoice, photo, decorate, extra);
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, html);
        var match = ReceiptOnPage().Match(html);
        Assert.True(match.Success, "No receipt on the page: " + html);
        return match.Groups[1].Value;
    }

    public static async Task<HttpResponseMessage> PostConcernAsync(this HttpClient reporter, ConcernWorld world, string text, string category = "Equipment", string reporterChoice = "Anonymous", byte[]? photo = null, Action<HttpRequestMessage>? decorate = null, Dictionary<string, string>? extra = null)
    {
        var page = await reporter.GetAsync(world.ReportUrl);
        var token = BrowserExtensions.AntiforgeryToken(await page.Content.ReadAsStringAsync());
        Assert.True(token.Length > 0, $"No form on {world.ReportUrl} ({(int)page.StatusCode}).");
        var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent(world.ChangeId.ToString()), "Form.ChangeId" },
            { new StringContent(world.Unit.Id.ToString()), "Form.UnitId" },
            { new StringContent(category), "Form.Category" },
            { new StringContent(text), "Form.Text" },
            { new StringContent(reporterChoice), "Form.Reporter" },
        };
        foreach (var (key, value) in extra ?? [])
        {
            form.Add(new StringContent(value), key);
        }

        if (photo is not null)
        {
            var file = new ByteArrayContent(photo);
            file.Headers.ContentType = new MediaTypeHeaderValue("image/jpeg");
            form.Add(file, "Form.Photos", "IMG_0001.jpg");
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, world.ReportUrl) { Content = form };
        decorate?.Invoke(request);
        return await reporter.SendAsync(request);
    }

    /// <summary>Opens the follow-up page with a receipt (posted, never in the address) and returns the page.</summary>
    public static async Task<string> FollowAsync(this HttpClient reporter, string receipt, string? handler = null, Dictionary<string, string>? fields = null)
    {
        var form = new Dictionary<string, string>(fields ?? []) { ["Form.Receipt"] = receipt };
        var response = await reporter.PostFormAsync(handler is null ? "/Concerns/Follow" : $"/Concerns/Follow?handler={handler}", form, "/Concerns/Follow");
        return await response.Content.ReadAsStringAsync();
    }

    public static Task<Guid> OnlyConcernOfAsync(this ParitasFactory app, ConcernWorld world)
        => app.WithScopeAsync((_, db) => db.Concerns.IgnoreQueryFilters().Where(c => c.OrganisationId == world.Organisation.Id).Select(c => c.Id).SingleAsync());

    public static HttpClient NewReporter(this ParitasFactory app) => app.NewBrowser();

    [GeneratedRegex("<code id=\"receipt\">([0-9A-Z-]+)</code>")]
    private static partial Regex ReceiptOnPage();
}
