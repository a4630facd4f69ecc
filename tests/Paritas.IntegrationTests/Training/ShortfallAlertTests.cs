using Microsoft.Extensions.DependencyInjection;
using Paritas.IntegrationTests.Changes;
using Paritas.IntegrationTests.OrganisationSetup;
using Paritas.Web.Features.Accounts;
using Paritas.Web.Features.Organisations;
using Paritas.Web.Features.Training;

namespace Paritas.IntegrationTests.Training;

/// <summary>A shortfall past the threshold mails the joint committee once a day; figures in it are released ones.</summary>
public sealed class ShortfallAlertTests(ParitasFactory app) : IClassFixture<ParitasFactory>
{
    [Fact]
    public async Task A_change_whose_training_falls_short_is_mailed_to_the_committee_once_a_day()
    {
        var org = await app.CreateOrganisationAsync();
        var (_, a, b) = await TrainingData.ArrangeAsync(app, org);
        var employer = await app.SignInAsAsync(Role.EmployerRepresentative, org);
        await employer.ImportTemplateAsync("digital-training-right");
        await TrainingData.RegisterAsync(employer, "Visit app", (a, new DateOnly(2024, 1, 1)), (b, new DateOnly(2024, 3, 1)));
        await TrainingData.ImportWorkforceAsync(employer, TrainingData.Workforce(("A", 20), ("B", 20)));
        await TrainingData.UploadHoursAsync(employer, LedgerAccrualTests.Hours());
        var steward = await app.SeatAsync(org, Role.WorkersRepresentative, Side.Workers, CommitteeRole.ShopSteward);
        var chair = await app.SeatAsync(org, Role.EmployerRepresentative, Side.Employer, CommitteeRole.Chair);
        var outsider = await app.CreateUserAsync(org, Role.WorkersRepresentative);
        var alerts = app.Services.GetRequiredService<TrainingShortfallAlerts>();
        var today = app.Today();

        await alerts.SendAsync(today, default);
        await alerts.SendAsync(today, default);

        // A and B together: 240 owed, 170 delivered → 1 − 170/240 = 29 % not delivered.
        var mail = Assert.Single(MailFolderReader.To(app.MailFolder, steward.Email));
        Assert.Contains("Visit app", mail.Body, StringComparison.Ordinal);
        Assert.Contains("29", mail.Body, StringComparison.Ordinal);
        Assert.Single(MailFolderReader.To(app.MailFolder, chair.Email));
        Assert.Empty(MailFolderReader.To(app.MailFolder, outsider.Email));

        await alerts.SendAsync(today.AddDays(1), default);
        Assert.Equal(2, MailFolderReader.To(app.MailFolder, steward.Email).Count);
    }
}
