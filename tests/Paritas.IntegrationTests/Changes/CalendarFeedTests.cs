using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Paritas.Web.Features.Accounts;

namespace Paritas.IntegrationTests.Changes;

public sealed class CalendarFeedTests(ParitasFactory app) : IClassFixture<ParitasFactory>
{
    [Fact]
    public async Task The_feed_is_valid_icalendar_with_folded_lines_and_escaped_text()
    {
        var org = await app.CreateOrganisationAsync();
        var units = await app.CreateUnitsAsync(org, 1);
        var employer = await app.SignInAsAsync(Role.EmployerRepresentative, org);
        await employer.ImportTemplateAsync("quebec-joint-committee");
        var goLive = app.Today().AddDays(50);
        var title = "Rota planner, phase 1; Tromsø\\Bodø – a long title that will certainly not fit on one line of 75 octets";
        var id = await employer.RegisterChangeAsync(title, (units[0].Id, 12, goLive));
        var address = await employer.MakeCalendarAddressAsync();

        var response = await app.CalendarProgram().GetAsync(address);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType!.MediaType);
        var raw = await response.Content.ReadAsByteArrayAsync();
        var text = Encoding.UTF8.GetString(raw);
        Assert.EndsWith("END:VCALENDAR\r\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\n", text.Replace("\r\n", "", StringComparison.Ordinal), StringComparison.Ordinal);
        var physical = text.Split("\r\n")[..^1];
        Assert.All(physical, line => Assert.True(Encoding.UTF8.GetByteCount(line) <= 75, $"Line longer than 75 octets: {line}"));
        Assert.Contains(physical, line => line.StartsWith(' '));

        var lines = text.Replace("\r\n ", "", StringComparison.Ordinal).Split("\r\n");
        Assert.Equal("BEGIN:VCALENDAR", lines[0]);
        Assert.Contains("VERSION:2.0", lines);
        var goLiveEvent = Event(lines, $"DTSTART;VALUE=DATE:{goLive:yyyyMMdd}");
        Assert.Contains(goLiveEvent, l => l.StartsWith("UID:golive-", StringComparison.Ordinal));
        Assert.Contains(goLiveEvent, l => l.StartsWith("DTSTAMP:", StringComparison.Ordinal) && l.EndsWith('Z'));
        Assert.Contains("SUMMARY:Go-live: Rota planner\\, phase 1\\; Tromsø\\\\Bodø – a long title that will certainly not fit on one line of 75 octets – Unit 1", goLiveEvent);
        Assert.Contains($"URL:https://localhost/Changes/Details?id={id:D}", goLiveEvent);
        var due = Event(lines, $"DTSTART;VALUE=DATE:{goLive.AddDays(-14):yyyyMMdd}");
        Assert.Contains(due, l => l.StartsWith("SUMMARY:Due: Consultation held", StringComparison.Ordinal));
        Assert.Equal(3, lines.Count(l => l == "BEGIN:VEVENT"));
    }

    [Fact]
    public async Task A_new_address_replaces_the_old_one_and_a_revoked_or_unknown_one_is_not_found()
    {
        var org = await app.CreateOrganisationAsync();
        var steward = await app.SignInAsAsync(Role.WorkersRepresentative, org);
        var calendar = app.CalendarProgram();
        var first = await steward.MakeCalendarAddressAsync();
        Assert.Equal(HttpStatusCode.OK, (await calendar.GetAsync(first)).StatusCode);

        var second = await steward.MakeCalendarAddressAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await calendar.GetAsync(first)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await calendar.GetAsync(second)).StatusCode);

        var revoked = await steward.PostFormAsync("/Changes/Calendar?handler=Revoke", [], "/Changes/Calendar");
        Assert.Equal(HttpStatusCode.Redirect, revoked.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await calendar.GetAsync(second)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await calendar.GetAsync("/calendar/cal_nothing-here.ics")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await calendar.GetAsync("/calendar/" + new string('x', 500) + ".ics")).StatusCode);
    }

    [Fact]
    public async Task The_feed_stops_when_the_person_leaves_the_organisation()
    {
        var org = await app.CreateOrganisationAsync();
        var user = await app.CreateUserAsync(org, Role.EmployerRepresentative);
        var address = await (await app.SignInAsync(user)).MakeCalendarAddressAsync();
        Assert.Equal(HttpStatusCode.OK, (await app.CalendarProgram().GetAsync(address)).StatusCode);

        await app.WithScopeAsync(async (_, db) => await db.Memberships.IgnoreQueryFilters().Where(m => m.UserId == user.Id).ExecuteDeleteAsync());

        Assert.Equal(HttpStatusCode.NotFound, (await app.CalendarProgram().GetAsync(address)).StatusCode);
    }

    [Fact]
    public async Task A_feed_of_one_organisation_never_shows_another_organisations_dates()
    {
        var a = await app.CreateOrganisationAsync();
        var b = await app.CreateOrganisationAsync();
        var bUnits = await app.CreateUnitsAsync(b, 1);
        var marker = "zqB" + Guid.NewGuid().ToString("N")[..10];
        var bEmployer = await app.SignInAsAsync(Role.EmployerRepresentative, b);
        await bEmployer.ImportTemplateAsync("quebec-joint-committee");
        var bChange = await bEmployer.RegisterChangeAsync(marker, (bUnits[0].Id, 5, app.Today().AddDays(20)));
        var aEmployer = await app.SignInAsAsync(Role.EmployerRepresentative, a);
        await aEmployer.ImportTemplateAsync("quebec-joint-committee");
        await aEmployer.RegisterChangeAsync("Our own change");

        var feed = await (await app.CalendarProgram().GetAsync(await aEmployer.MakeCalendarAddressAsync())).Content.ReadAsStringAsync();

        Assert.Contains("Our own change", feed, StringComparison.Ordinal);
        Assert.DoesNotContain(marker, feed, StringComparison.Ordinal);
        Assert.DoesNotContain(bChange.ToString("D"), feed, StringComparison.Ordinal);
        var page = await aEmployer.GetStringAsync("/Changes/Calendar");
        Assert.DoesNotContain(marker, page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_calendar_page_lists_go_lives_by_month_and_overdue_obligations()
    {
        var org = await app.CreateOrganisationAsync();
        var units = await app.CreateUnitsAsync(org, 1);
        var employer = await app.SignInAsAsync(Role.EmployerRepresentative, org);
        await employer.ImportTemplateAsync("quebec-joint-committee");
        // Going live in five days puts the consultation (due 14 days before go-live) in the past.
        var goLive = app.Today().AddDays(5);
        await employer.RegisterChangeAsync("Door sensors", (units[0].Id, 9, goLive));

        var page = await employer.GetStringAsync("/Changes/Calendar");

        Assert.Contains("Overdue obligations", page, StringComparison.Ordinal);
        Assert.Contains(new DateOnly(goLive.Year, goLive.Month, 1).ToString("MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en")), page, StringComparison.Ordinal);
        Assert.Contains("Go-live in Unit 1", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", page, StringComparison.OrdinalIgnoreCase);
    }

    private static string[] Event(string[] lines, string marker)
    {
        var at = Array.IndexOf(lines, marker);
        Assert.True(at >= 0, $"No event with {marker}.");
        var start = Array.LastIndexOf(lines, "BEGIN:VEVENT", at);
        var end = Array.IndexOf(lines, "END:VEVENT", at);
        return lines[start..end];
    }
}
