using System.Net;
using Paritas.IntegrationTests.OrganisationSetup;
using Paritas.Web.Features.Accounts;
using Paritas.Web.Features.Agreements;
using Paritas.Web.Features.Organisations;

namespace Paritas.IntegrationTests.Changes;

public sealed class OverdueAlertTests(ParitasFactory app) : IClassFixture<ParitasFactory>
{
    [Fact]
    public async Task An_overdue_obligation_is_mailed_once_a_day_to_the_responsible_side_and_the_chairs()
    {
        var org = await app.CreateOrganisationAsync();
        var employerSeat = await app.SeatAsync(org, Role.EmployerRepresentative, Side.Employer, CommitteeRole.Member);
        var workersSeat = await app.SeatAsync(org, Role.WorkersRepresentative, Side.Workers, CommitteeRole.ShopSteward);
        var workersChair = await app.SeatAsync(org, Role.WorkersRepresentative, Side.Workers, CommitteeRole.Chair);
        var outsider = await app.CreateUserAsync(org, Role.EmployerRepresentative);
        var employer = await app.SignInAsync(employerSeat);
        await employer.ImportTemplateAsync("quebec-joint-committee");
        var id = await employer.RegisterChangeAsync("Visit planner");
        var due = (await app.ObligationsOfAsync(id)).Single(o => o.Kind == ObligationKind.JointCommitteeFormed).DueOn!.Value;
        var day = due.AddDays(1);

        await app.SendOverdueAlertsAsync(day);
        await app.SendOverdueAlertsAsync(day);

        var mail = Assert.Single(MailFolderReader.To(app.MailFolder, employerSeat.Email));
        Assert.Contains("Visit planner", mail.Body, StringComparison.Ordinal);
        Assert.Contains("Joint committee formed", mail.Body, StringComparison.Ordinal);
        Assert.Contains($"/Changes/Details?id={id:D}", mail.Body, StringComparison.Ordinal);
        Assert.Single(MailFolderReader.To(app.MailFolder, workersChair.Email));
        Assert.Empty(MailFolderReader.To(app.MailFolder, workersSeat.Email));
        Assert.Empty(MailFolderReader.To(app.MailFolder, outsider.Email));

        await app.SendOverdueAlertsAsync(day.AddDays(1));

        Assert.Equal(2, MailFolderReader.To(app.MailFolder, employerSeat.Email).Count);
        Assert.Equal(2, MailFolderReader.To(app.MailFolder, workersChair.Email).Count);
    }

    [Fact]
    public async Task Nothing_is_mailed_before_the_due_date_has_passed()
    {
        var org = await app.CreateOrganisationAsync();
        var seat = await app.SeatAsync(org, Role.EmployerRepresentative, Side.Employer, CommitteeRole.Chair);
        var employer = await app.SignInAsync(seat);
        await employer.ImportTemplateAsync("quebec-joint-committee");
        var id = await employer.RegisterChangeAsync("Chatbot");
        var due = (await app.ObligationsOfAsync(id)).Single(o => o.Kind == ObligationKind.JointCommitteeFormed).DueOn!.Value;

        await app.SendOverdueAlertsAsync(due);

        Assert.Empty(MailFolderReader.To(app.MailFolder, seat.Email));
    }

    [Fact]
    public async Task A_met_or_waived_obligation_is_not_mailed()
    {
        var org = await app.CreateOrganisationAsync();
        var units = await app.CreateUnitsAsync(org, 1);
        var seat = await app.SeatAsync(org, Role.EmployerRepresentative, Side.Employer, CommitteeRole.Chair);
        var employer = await app.SignInAsync(seat);
        var steward = await app.SignInAsAsync(Role.WorkersRepresentative, org);
        await employer.ImportTemplateAsync("quebec-joint-committee");
        var id = await employer.RegisterChangeAsync("Sensor bins", (units[0].Id, 12, app.Today().AddDays(100)));
        var obligations = await app.ObligationsOfAsync(id);
        var committee = obligations.Single(o => o.Kind == ObligationKind.JointCommitteeFormed);
        var consultation = obligations.Single(o => o.Kind == ObligationKind.ConsultationHeld);

        var met = await employer.PostFormAsync($"/Changes/Obligation?handler=Met&id={committee.Id}", new() { ["Form.Evidence"] = "Committee set up on 2 May." }, $"/Changes/Obligation?id={consultation.Id}");
        Assert.Equal(HttpStatusCode.Redirect, met.StatusCode);
        var waive = $"/Changes/Obligation?handler=Waive&id={consultation.Id}";
        Assert.Equal(HttpStatusCode.Redirect, (await steward.PostFormAsync(waive, new() { ["Form.Reason"] = "Discussed in the standing committee." }, $"/Changes/Obligation?id={consultation.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await employer.PostFormAsync(waive, new(), $"/Changes/Obligation?id={consultation.Id}")).StatusCode);

        await app.SendOverdueAlertsAsync(app.Today().AddDays(200));

        Assert.Empty(MailFolderReader.To(app.MailFolder, seat.Email));
    }

    [Fact]
    public async Task Each_person_gets_the_alert_in_their_own_language()
    {
        var org = await app.CreateOrganisationAsync();
        var english = await app.SeatAsync(org, Role.EmployerRepresentative, Side.Employer, CommitteeRole.Member);
        var german = await app.SeatAsync(org, Role.EmployerRepresentative, Side.Employer, CommitteeRole.Secretary, culture: "de");
        var employer = await app.SignInAsync(english);
        await employer.ImportTemplateAsync("quebec-joint-committee");
        var id = await employer.RegisterChangeAsync("Robot");
        var due = (await app.ObligationsOfAsync(id)).Single(o => o.Kind == ObligationKind.JointCommitteeFormed).DueOn!.Value;

        await app.SendOverdueAlertsAsync(due.AddDays(3));

        var inGerman = Assert.Single(MailFolderReader.To(app.MailFolder, german.Email)).Body;
        var inEnglish = Assert.Single(MailFolderReader.To(app.MailFolder, english.Email)).Body;
        Assert.True(inGerman.Contains("Arbeitgeber", StringComparison.Ordinal), inGerman);
        Assert.Contains(due.ToString("d", System.Globalization.CultureInfo.GetCultureInfo("de")), inGerman, StringComparison.Ordinal);
        Assert.DoesNotContain("Arbeitgeber", inEnglish, StringComparison.Ordinal);
        Assert.Contains(due.ToString("d", System.Globalization.CultureInfo.GetCultureInfo("en")), inEnglish, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Runs_at_the_same_time_send_each_alert_once()
    {
        var org = await app.CreateOrganisationAsync();
        var seat = await app.SeatAsync(org, Role.EmployerRepresentative, Side.Employer, CommitteeRole.Chair);
        var employer = await app.SignInAsync(seat);
        await employer.ImportTemplateAsync("quebec-joint-committee");
        var id = await employer.RegisterChangeAsync("Scheduler");
        var due = (await app.ObligationsOfAsync(id)).Single(o => o.Kind == ObligationKind.JointCommitteeFormed).DueOn!.Value;

        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => app.SendOverdueAlertsAsync(due.AddDays(1))));

        Assert.Single(MailFolderReader.To(app.MailFolder, seat.Email));
    }
}
