using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Paritas.Web.Features.Changes;
using Paritas.Web.Features.Organisations;

namespace Paritas.IntegrationTests.Changes;

/// <summary>Intent methods for the change tests: units to affect, and registering a change through the pages.</summary>
public static class ChangeSteps
{
    public static Task<Unit[]> CreateUnitsAsync(this ParitasFactory app, Organisation org, int count) => app.WithScopeAsync(async (_, db) =>
    {
        var units = Enumerable.Range(1, count).Select(i => new Unit(org.Id, $"U{i}-{Guid.NewGuid():N}"[..12], $"Unit {i}", Sector.HealthAndSocialCare, 40 + i, null)).ToArray();
        db.Units.AddRange(units);
        await db.SaveChangesAsync();
        return units;
    });

    public static Dictionary<string, string> ChangeFields(string title, params (Guid Unit, int Headcount, DateOnly? GoLive)[] units)
    {
        var fields = new Dictionary<string, string>
        {
            ["Form.Title"] = title,
            ["Form.Description"] = "Care workers record visits on a phone.",
            ["Form.Category"] = "MobileDevicesAndApps",
            ["Form.Vendor"] = "CareSoft",
            ["Form.Hosting"] = "VendorHosted",
            ["Form.LocationTracking"] = "true",
            ["Form.HumanChannelKept"] = "true",
            ["Form.ExitPlan"] = "Data exported monthly in an open format.",
        };
        for (var i = 0; i < units.Length; i++)
        {
            fields[$"Form.Units[{i}].UnitId"] = units[i].Unit.ToString();
            fields[$"Form.Units[{i}].Headcount"] = units[i].Headcount.ToString(CultureInfo.InvariantCulture);
            fields[$"Form.Units[{i}].GoLive"] = units[i].GoLive?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";
        }

        return fields;
    }

    /// <summary>Registers a change through the page and returns its id.</summary>
    public static async Task<Guid> RegisterChangeAsync(this HttpClient browser, string title, params (Guid Unit, int Headcount, DateOnly? GoLive)[] units)
    {
        var response = await browser.PostFormAsync("/Changes/Register", ChangeFields(title, units));
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
        return IdFrom(response);
    }

    public static Guid IdFrom(HttpResponseMessage redirect)
    {
        var location = redirect.Headers.Location!.OriginalString;
        var query = QueryHelpers.ParseQuery(location[location.IndexOf('?', StringComparison.Ordinal)..]);
        return Guid.Parse(query["id"]!);
    }

    public static Task<Guid> VersionOfAsync(this ParitasFactory app, Guid changeId)
        => app.WithScopeAsync((_, db) => db.DigitalChanges.IgnoreQueryFilters().Where(c => c.Id == changeId).Select(c => c.Version).SingleAsync());

    /// <summary>Imports a shipped agreement template through the page.</summary>
    public static async Task ImportTemplateAsync(this HttpClient browser, string key)
    {
        var response = await browser.PostFormAsync("/Agreements/Import", new() { ["Template"] = key });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    public static Task<List<Obligation>> ObligationsOfAsync(this ParitasFactory app, Guid changeId)
        => app.WithScopeAsync((_, db) => db.Obligations.IgnoreQueryFilters().Where(o => o.ChangeId == changeId).ToListAsync());

    public static async Task<HttpResponseMessage> MoveAsync(this HttpClient browser, ParitasFactory app, Guid changeId, string stage, string reason = "Agreed in the committee.")
        => await browser.PostFormAsync($"/Changes/Stage?id={changeId}", new() { ["Form.Stage"] = stage, ["Form.Reason"] = reason, ["Form.Version"] = (await app.VersionOfAsync(changeId)).ToString() });

    public static DateOnly Today(this ParitasFactory app) => DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime);
}
